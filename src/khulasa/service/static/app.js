// khulasa web page: collects articles, calls POST /v1/summarize, shows the summary with its sources;
// then, on demand, POST /v1/compare with the same articles: consensus, unique facts, figures, actors.
// Document text is always inserted with textContent (never as HTML); highlights are <mark> elements
// built around the character offsets the API returns.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const DEFAULT_BUDGET = { words: 100, sentences: 5, chars: 600 };
  const SEPARATOR = /^[ \t]*-{3,}[ \t]*$/m;

  // A number with its counted noun, as Arabic says it: «جملة واحدة», «جملتان» (after «من»: «جملتين»),
  // «3 جمل», «11 جملة», «100 جملة». Forms by the CLDR plural category of the number.
  const NOUNS = {
    sentence: { one: "جملة واحدة", two: ["جملتان", "جملتين"], few: "جمل", many: "جملة", other: "جملة" },
    word: { one: "كلمة واحدة", two: ["كلمتان", "كلمتين"], few: "كلمات", many: "كلمة", other: "كلمة" },
    article: { one: "مقال واحد", two: ["مقالان", "مقالين"], few: "مقالات", many: "مقالًا", other: "مقال" },
    outlet: { one: "منبر واحد", two: ["منبران", "منبرين"], few: "منابر", many: "منبرًا", other: "منبر" },
    char: { one: "حرف واحد", two: ["حرفان", "حرفين"], few: "أحرف", many: "حرفًا", other: "حرف" },
  };
  const PLURAL = new Intl.PluralRules("ar");
  function counted(n, noun, afterPreposition = false) {
    const forms = NOUNS[noun];
    const kind = PLURAL.select(n);
    if (kind === "one") return forms.one;
    if (kind === "two") return forms.two[afterPreposition ? 1 : 0];
    return `${n} ${forms[kind] || forms.other}`;
  }

  let articleCounter = 0;
  let current = null; // the last successful summary
  let lastInput = null; // the articles and files that summary was made from: compare sends the same
  let shownDocs = []; // the documents shown under "المقالات المصدر", which highlights refer to
  let sentFrom = []; // for each document sent, the article box it came from: the API's ``skipped`` names it

  // --- article fields ---------------------------------------------------------------------

  function addArticle(values = {}) {
    const node = $("article-template").content.firstElementChild.cloneNode(true);
    articleCounter += 1;
    const key = `article-${articleCounter}`;
    node.querySelector(".outlet").id = `${key}-outlet`;
    node.querySelector(".outlet-label").htmlFor = `${key}-outlet`;
    node.querySelector(".text").id = `${key}-text`;
    node.querySelector(".text-label").htmlFor = `${key}-text`;
    node.querySelector(".outlet").value = values.source || "";
    node.querySelector(".text").value = values.text || "";
    // Metadata from the demo (title, date) travels with the article but is not edited here.
    for (const field of ["title", "url", "published"]) {
      if (values[field]) node.dataset[field] = values[field];
    }
    node.querySelector(".remove-article").addEventListener("click", () => {
      node.remove();
      if (!$("articles").children.length) addArticle();
      renumberArticles();
      $("articles").querySelector(".text").focus();
    });
    $("articles").appendChild(node);
    renumberArticles();
    return node;
  }

  function renumberArticles() {
    const nodes = [...$("articles").children];
    nodes.forEach((node, i) => {
      node.querySelector(".article-legend").textContent = `المقال ${i + 1}`;
      node.querySelector(".remove-article").setAttribute("aria-label", `حذف المقال ${i + 1}`);
    });
  }

  function collectDocuments() {
    const docs = [];
    sentFrom = [];
    [...$("articles").children].forEach((node, box) => {
      const outlet = node.querySelector(".outlet").value.trim();
      const pieces = node.querySelector(".text").value.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
      pieces.forEach((text, part) => {
        const n = docs.length + 1;
        sentFrom.push(pieces.length === 1 ? `المقال ${box + 1}` : `الجزء ${part + 1} من المقال ${box + 1}`);
        // Several articles pasted in one box share no outlet name: number them so chips stay distinct.
        const source = pieces.length === 1 ? outlet || `مقال ${n}` : `${outlet || "مقال"} ${n}`;
        const doc = { id: String(n), text, source };
        if (pieces.length === 1) {
          for (const field of ["title", "url", "published"]) {
            if (node.dataset[field]) doc[field] = node.dataset[field];
          }
        }
        docs.push(doc);
      });
    });
    return docs;
  }

  // --- errors -----------------------------------------------------------------------------

  const LIMIT_MESSAGES = {
    max_body_bytes: (v) => `حجم الطلب أكبر من الحد المسموح به (${(v / 1e6).toLocaleString("ar")} ميغابايت). أرسل مقالات أقل أو أصغر.`,
    max_documents: (v) => `عدد المقالات أكبر من الحد المسموح به (${v} مقالًا في الطلب الواحد).`,
    max_doc_chars: (v) => `أحد المقالات أطول من الحد المسموح به (${v} حرف للمقال الواحد).`,
  };

  const USER_ERRORS = {
    NoTextError: "لا يوجد في المقالات نص عربي يمكن تلخيصه.",
    InputError: "تعذّرت قراءة أحد الملفات أو المقالات.",
    SettingsError: "قيمة غير صالحة في الإعدادات، مثل طول الخلاصة.",
  };

  // The budget units of a "budget too small" problem (``unit``), as nouns of ``counted``.
  const UNITS = { words: "word", chars: "char" };

  const ACTIONS = {
    summarize: { took: "استغرق التلخيص", failed: "تعذّر تلخيص هذه المقالات." },
    compare: { took: "استغرقت المقارنة", failed: "تعذّرت مقارنة هذه المقالات." },
  };

  function arabicMessage(problem, action = "summarize") {
    const kind = String(problem.type || "").split(":").pop();
    const words = ACTIONS[action];
    if (kind === "limit-exceeded" && LIMIT_MESSAGES[problem.limit]) return LIMIT_MESSAGES[problem.limit](problem.value);
    if (kind === "busy") return "الخادم مشغول الآن. حاول مرة أخرى بعد قليل.";
    if (kind === "feature-unavailable") return "ينقص الخادمَ برنامجٌ يحتاجه لهذا الطلب (مثل قراءة ملفات التغذية الإخبارية). أخبر مشغّل الخادم.";
    if (kind === "timeout") return `${words.took} أكثر من الحد المسموح به (${problem.value} ثانية). أرسل مقالات أقل أو أقصر.`;
    if (kind === "invalid-request") return `في الطلب قيمة غير صالحة${problem.field ? ` في الحقل «${problem.field}»` : ""}.`;
    if (kind === "unprocessable" && problem.shortest && UNITS[problem.unit]) {
      return `الحد الأقصى أصغر من أقصر جملة يمكن أن تدخل في الخلاصة (${counted(problem.shortest, UNITS[problem.unit])}). ارفع الحد الأقصى.`;
    }
    if (Array.isArray(problem.skipped) && problem.skipped.length) {
      // No article sent could be used (nor any file, when some were uploaded): say each one's reason.
      const files = Array.isArray(problem.files) && problem.files.length ? unreadFiles(problem) : null;
      return [...(files ? [].concat(files, " ") : []), ...unusableRecords(problem.skipped)];
    }
    if (kind === "unprocessable" && Array.isArray(problem.files) && problem.files.length) {
      return unreadFiles(problem) || words.failed;
    }
    if (kind === "unprocessable") return USER_ERRORS[problem.error] || words.failed;
    if (kind === "unsupported-media-type") return "نوع الطلب غير مدعوم.";
    return `حدث خطأ في الخادم (${problem.status || "؟"}).`;
  }

  // No uploaded file could be read: the problem's ``files`` names them (the page's own file names,
  // each isolated so that a Latin name keeps its order in the Arabic line).
  const UNREAD_FILES = {
    InputError: ["تعذّرت قراءة الملف ", "تعذّرت قراءة الملفات كلها"],
    NoTextError: ["لا يوجد نص عربي يمكن تلخيصه في الملف ", "لا يوجد نص عربي يمكن تلخيصه في أي من الملفات"],
  };
  function unreadFiles(problem) {
    const words = UNREAD_FILES[problem.error];
    if (!words) return null;
    const names = problem.files.map((name) => ({ name: String(name) }));
    if (names.length === 1) return [words[0], names[0], "."];
    const listed = names.flatMap((name, i) => (i ? ["، ", name] : [name]));
    return [`${words[1]} (${names.length}): `, ...listed, "."];
  }

  // Why a record of ``documents`` was left out, from the API's ``skipped`` (its ``reason``), and which
  // article it was: the box it was typed in (and the part, for articles pasted in one box).
  const RECORD_REASONS = {
    empty: () => "نصه فارغ",
    no_text: () => "لا نص فيه",
    not_text: (field) => `قيمة الحقل «${field}» ليست نصًا`,
    not_a_record: () => "ليس نص مقال",
    id_too_long: () => "معرّفه أطول من المسموح به",
    no_arabic: () => "لا نص عربي فيه",
  };
  function recordNames(skipped) {
    return skipped.flatMap((s, i) => {
      const name = sentFrom[s.index] || `المقال ${s.index + 1}`;
      const why = (RECORD_REASONS[s.reason] || (() => "تعذّرت قراءته"))(s.field);
      return [...(i ? ["، "] : []), `${name} (${why})`];
    });
  }
  function unusableRecords(skipped) {
    if (skipped.length === 1) return ["لا يمكن استعمال ", ...recordNames(skipped), "."];
    return [`لا يمكن استعمال أي من المقالات (${skipped.length}): `, ...recordNames(skipped), "."];
  }

  // Only the Arabic message is shown: the API's ``detail`` is English, written for programs. A
  // message is a string, or a list of strings and ``{name}`` parts (a file name, bidi-isolated).
  function showError(message, boxId = "error") {
    const box = $(boxId);
    box.replaceChildren();
    const p = document.createElement("p");
    for (const part of [].concat(message)) {
      if (typeof part === "string") {
        p.append(part);
      } else {
        const isolated = document.createElement("bdi");
        isolated.textContent = part.name;
        p.append(isolated);
      }
    }
    box.appendChild(p);
    box.hidden = false;
  }

  function clearError() {
    for (const id of ["error", "compare-error"]) {
      $(id).hidden = true;
      $(id).replaceChildren();
    }
  }

  async function problemOf(response) {
    try {
      return await response.json();
    } catch {
      return { status: response.status };
    }
  }

  // --- requests ---------------------------------------------------------------------------

  function budget() {
    const unit = $("budget-unit").value;
    const value = Number($("budget-value").value);
    if (!Number.isInteger(value) || value < 1) return null;
    return { [unit]: value };
  }

  function buildRequest(docs, files, limit) {
    if (!files.length) {
      return { headers: { "Content-Type": "application/json" }, body: JSON.stringify({ documents: docs, ...limit }) };
    }
    const form = new FormData();
    for (const file of files) form.append("files", file, file.name);
    if (docs.length) form.append("documents", JSON.stringify(docs));
    for (const [key, value] of Object.entries(limit)) form.append(key, String(value));
    return { body: form };
  }

  async function submit(event) {
    event.preventDefault();
    clearError();
    const docs = collectDocuments();
    const files = [...$("files").files];
    const limit = budget();
    if (!docs.length && !files.length) {
      showError("أضف مقالًا واحدًا على الأقل أو ارفع ملفًا.");
      $("articles").querySelector(".text").focus();
      return;
    }
    if (!limit) {
      showError("طول الخلاصة يجب أن يكون عددًا صحيحًا موجبًا.");
      $("budget-value").focus();
      return;
    }
    const button = $("submit");
    button.disabled = true;
    $("status").textContent = "جارٍ التلخيص…";
    hideComparison();
    try {
      // Readers of the page want to see which outlets say the same in other words too.
      const options = { ...limit, paraphrases: true, order: $("order").value };
      const response = await fetch("/v1/summarize", { method: "POST", ...buildRequest(docs, files, options) });
      if (!response.ok) {
        const problem = await problemOf(response);
        $("status").textContent = "";
        showError(arabicMessage(problem));
        return;
      }
      current = await response.json();
      lastInput = { docs, files };
      showResult(current);
      showSkipped(current, files);
      showUndated(current.undated);
      showSeveralStories(current.several_stories);
      $("status").textContent = `اكتملت الخلاصة: ${counted(current.sentences.length, "sentence")}.`;
    } catch {
      $("status").textContent = "";
      showError("تعذّر الاتصال بالخادم. تحقق من أنه يعمل ثم أعد المحاولة.");
    } finally {
      button.disabled = false;
    }
  }

  // Why an uploaded file gave no article, from the API's ``skipped_files`` (the class of its error)
  // and the file itself: a format the server does not read, an empty file, no Arabic, unreadable.
  // The formats the API reads: the file input's filter, which the server's tests keep equal to
  // khulasa.io.SUPPORTED_SUFFIXES (one list on the page, not a second copy here).
  const READ_SUFFIXES = new Set($("files").accept.split(",").map((s) => s.trim().replace(/^\./, "").toLowerCase()));
  function skipReason(file, error) {
    const suffix = file.name.includes(".") ? file.name.split(".").pop().toLowerCase() : "";
    if (!READ_SUFFIXES.has(suffix)) return "صيغته غير مدعومة";
    if (file.size === 0) return "الملف فارغ";
    if (error === "NoTextError") return "لا نص عربي فيه";
    return "ليس نصًا يمكن قراءته";
  }

  // The API's ``warnings`` (English, for programs) name what it could not read and left out: the
  // page says so in Arabic, naming the uploaded files that gave no article at all, each with why.
  // ``undated`` (order by time) and ``several_stories`` have notices of their own (showUndated,
  // showSeveralStories), not counted here; files read though not all as written (``partly_read``:
  // characters replaced, lines in another encoding) are named with what happened, not as left out.
  // Articles sent that were left out (the API's ``skipped``: not an article, no Arabic) are named
  // first, each with why.
  function showSkipped(result, files) {
    const partly = result.partly_read || [];
    const records = result.skipped || [];
    const warnings = (result.warnings || []).length - (result.undated ? 1 : 0) - (result.several_stories ? 1 : 0)
      - partly.length - records.length;
    const box = $("summary-skipped");
    box.replaceChildren();
    box.hidden = warnings <= 0 && !partly.length && !records.length;
    if (records.length) {
      box.append(`مقالات لم تُقرأ فلم تدخل في الخلاصة (${records.length}): `, ...recordNames(records), ".");
    }
    partly.forEach((file) => {
      if (box.childNodes.length) box.append(" ");
      box.append(...partlyRead(file));
    });
    if (warnings <= 0) return;
    if (box.childNodes.length) box.append(" ");
    const errors = new Map((result.skipped_files || []).map((s) => [s.file, s.error]));
    const read = new Set(result.documents.map((d) => d.path));
    const skipped = files.filter((f) => !read.has(f.name));
    if (skipped.length) {
      box.append(`ملفات لم تُقرأ فلم تدخل في الخلاصة (${skipped.length}): `);
      skipped.forEach((file, i) => {
        if (i) box.append("، ");
        const isolated = document.createElement("bdi");
        isolated.textContent = file.name;
        box.append(isolated, ` (${skipReason(file, errors.get(file.name))})`);
      });
      box.append(".");
    }
    if (warnings > skipped.length) {
      const parts = "تُركت أجزاء لم تمكن قراءتها من الملفات أو المقالات (مثل سطر معطوب أو مقال بلا نص).";
      box.append(skipped.length ? ` ${parts}` : parts);
    }
  }

  // A file read though not all as written: some of its characters could not be read (shown as «�»),
  // or some of its lines were in another encoding than the rest (read in it).
  function partlyRead(file) {
    const name = document.createElement("bdi");
    name.textContent = file.file;
    const said = [];
    if (file.recoded) {
      said.push(file.recoded === 1
        ? "سطر بترميز غير ترميز بقية الملف فقُرئ بترميزه"
        : `أسطر بترميز غير ترميز بقية الملف (عددها ${file.recoded}) فقُرئت بترميزها`);
    }
    if (file.replaced) said.push("أحرف تعذّرت قراءتها فظهرت مكانها العلامة «�»");
    if (file.declared !== undefined) said.push(`ترميز معلن (${file.declared}) غير الذي كُتب به فقُرئ بترميز ${file.read_as}`);
    return ["في الملف «", name, `» ${said.join("، و")}. راجع النص أو احفظ الملف بترميز UTF-8.`];
  }

  // Ordered by publication time, but some articles (or all) carry no readable time: say what that
  // did to the order, as the CLI and the API's warnings say it.
  function showUndated(undated) {
    const box = $("summary-order");
    box.hidden = !undated;
    if (!undated) return;
    box.textContent = undated.undated === undated.of
      ? "لا يحمل أي من المقالات وقت نشر مقروءًا، فبقيت الجمل بترتيبها في المقالات."
      : `${counted(undated.undated, "article")} من ${undated.of} بلا وقت نشر مقروء، فجاءت جملها في آخر الخلاصة.`;
  }

  // The articles read as several stories (a mixed feed, two events in one folder): one summary mixes
  // them. Say how they split, as the CLI and the API's warnings say it, and what separates them.
  function showSeveralStories(split) {
    const box = $("summary-stories");
    box.hidden = !split;
    if (!split) return;
    const sizes = split.stories.slice(0, 5).join("، ") + (split.stories.length > 5 ? "، …" : "");
    box.textContent =
      `تبدو هذه المقالات (${split.articles}) أخبارًا عن أكثر من قصة: عدد القصص ${split.stories.length}، ` +
      `ومقالات كل منها ${sizes}، فتخلط الخلاصة بينها. افصلها أولًا بأمر التجميع في سطر الأوامر ` +
      "أو في صفحة مكتب الأخبار، أو لخّص مقالات كل قصة وحدها.";
  }

  async function loadDemo() {
    clearError();
    $("status").textContent = "جارٍ تحميل المثال…";
    try {
      const response = await fetch("/v1/demo");
      if (!response.ok) {
        const problem = await problemOf(response);
        $("status").textContent = "";
        showError("تعذّر تحميل المثال.");
        return;
      }
      const { documents } = await response.json();
      $("articles").replaceChildren();
      documents.forEach((doc) => addArticle(doc));
      $("status").textContent = `حُمّل المثال: ${counted(documents.length, "article")}. اضغط «لخّص».`;
    } catch {
      $("status").textContent = "";
      showError("تعذّر الاتصال بالخادم لتحميل المثال.");
    }
  }

  // --- result -----------------------------------------------------------------------------

  // An outlet name is isolated from the text around it: a bidi control in it (U+202E) cannot
  // reorder the chips, headings or titles next to it.
  function isolated(text) {
    const bdi = document.createElement("bdi");
    bdi.textContent = text;
    return bdi;
  }

  function chip(text, className, label, prefix = "") {
    const span = document.createElement("span");
    span.className = `chip ${className}`;
    span.append(prefix, isolated(text));
    if (label) span.title = label;
    return span;
  }

  function showResult(result) {
    const list = $("summary");
    list.replaceChildren();
    const words = result.sentences.reduce((n, s) => n + (s.words || 0), 0);
    $("summary-meta").textContent =
      `${counted(result.sentences.length, "sentence")}، ${counted(words, "word")}، من ${counted(result.documents.length, "article", true)}.`;
    result.sentences.forEach((sentence, i) => {
      const item = document.createElement("li");
      item.className = "sentence";
      item.dataset.index = String(i);
      const text = document.createElement("span");
      text.className = "sentence-text";
      text.textContent = sentence.text;
      const chips = document.createElement("span");
      chips.className = "chips";
      const cov = result.coverage[i];
      if (cov) {
        chips.appendChild(chip(`${cov.outlets} من ${cov.of}`, "coverage",
          `نقلت هذه الجملة ${cov.outlets} من ${counted(cov.of, "outlet", true)}`));
      }
      const outlets = [...new Set(sentence.sources.map((s) => s.source))];
      outlets.forEach((name) => chips.appendChild(chip(name, "outlet")));
      const reworded = [...new Set((sentence.paraphrases || []).map((s) => s.source))]
        .filter((name) => !outlets.includes(name));
      reworded.forEach((name) => chips.appendChild(chip(name, "outlet reworded",
        `${name}: المعلومة نفسها بصياغة أخرى`, "≈ ")));
      const partly = [...new Set((sentence.partial || []).map((s) => s.source))]
        .filter((name) => !outlets.includes(name) && !reworded.includes(name));
      partly.forEach((name) => chips.appendChild(chip(name, "outlet partial",
        `${name} يذكر جزءًا من هذه المعلومة فقط، دون بعض أرقامها أو أسمائها`, "جزئيًا: ")));
      (sentence.disputes || []).forEach((d) => {
        const flag = chip(d.source, "dispute", `${d.source} يذكر «${d.figure}» بدلًا من «${d.against}»`, "⚠ ");
        flag.append(": ", isolated(d.figure));
        chips.appendChild(flag);
      });
      item.append(text, chips);
      makePickable(item, () => selectSentence(i));
      list.appendChild(item);
    });
    showSources(result.documents);
    $("result").hidden = false;
    $("sources-section").hidden = false;
  }

  function showSources(documents) {
    shownDocs = documents;
    const box = $("sources");
    box.replaceChildren();
    documents.forEach((doc, k) => {
      const article = document.createElement("article");
      article.className = "source-doc";
      article.id = `source-${k}`;
      article.dataset.doc = doc.id;
      const heading = document.createElement("h3");
      heading.append(isolated(doc.source));
      if (doc.title) heading.append(": ", isolated(doc.title));
      const body = document.createElement("div");
      body.className = "doc-text";
      body.dir = "auto";
      body.textContent = doc.text;
      article.append(heading, body);
      box.appendChild(article);
    });
  }

  // Merge overlapping [start, end) spans so each character is marked once.
  function mergeSpans(spans) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    const out = [];
    for (const s of sorted) {
      const last = out[out.length - 1];
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else out.push({ start: s.start, end: s.end });
    }
    return out;
  }

  // The API counts characters as code points (as Python does); JavaScript strings index UTF-16
  // code units, and an emoji or any character beyond U+FFFF takes two. Map one onto the other.
  function codeUnitIndex(text) {
    if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
    const units = [0];
    let at = 0;
    for (const ch of text) {
      at += ch.length;
      units.push(at);
    }
    return (i) => units[Math.min(i, units.length - 1)];
  }

  function renderText(element, text, spans) {
    element.replaceChildren();
    const unit = codeUnitIndex(text);
    spans = spans.map((s) => ({ start: unit(s.start), end: unit(s.end) }));
    let at = 0;
    for (const { start, end } of mergeSpans(spans)) {
      if (start > at) element.appendChild(document.createTextNode(text.slice(at, start)));
      const mark = document.createElement("mark");
      mark.textContent = text.slice(start, end);
      element.appendChild(mark);
      at = end;
    }
    if (at < text.length) element.appendChild(document.createTextNode(text.slice(at)));
  }

  // A summary sentence, compare fact or name that highlights its passages when pressed. List items get
  // role=button and keyboard handling; real <button>s have both already.
  function makePickable(element, onPick) {
    element.classList.add("pickable");
    element.setAttribute("aria-pressed", "false");
    if (element.tagName !== "BUTTON") {
      element.tabIndex = 0;
      element.setAttribute("role", "button");
      element.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onPick();
        }
      });
    }
    element.addEventListener("click", onPick);
  }

  // Press ``element`` (and release every other pickable), mark ``sources`` in the shown articles.
  function highlight(element, sources) {
    for (const other of document.querySelectorAll(".pickable[aria-pressed='true']")) {
      other.classList.remove("selected");
      other.setAttribute("aria-pressed", "false");
    }
    element.classList.add("selected");
    element.setAttribute("aria-pressed", "true");
    let first = null;
    shownDocs.forEach((doc, k) => {
      const body = document.querySelector(`#source-${k} .doc-text`);
      const spans = sources.filter((s) => s.doc === doc.id);
      renderText(body, doc.text, spans);
      body.parentElement.classList.toggle("carries", spans.length > 0);
      if (!first && spans.length) first = body.querySelector("mark");
    });
    if (first) first.scrollIntoView({ block: "nearest" });
    return new Set(sources.map((s) => s.doc)).size;
  }

  function selectSentence(i) {
    if (!current) return;
    const sentence = current.sentences[i];
    const item = $("summary").querySelector(`[data-index="${i}"]`);
    const reworded = sentence.paraphrases || [];
    const docs = highlight(item, [...sentence.sources, ...reworded]);
    const same = new Set(sentence.sources.map((s) => s.doc)).size;
    $("status").textContent = docs > same
      ? `الجملة ${i + 1} تظهر في ${same} من المقالات، وبصياغة أخرى في ${docs - same}.`
      : `الجملة ${i + 1} تظهر في ${docs} من المقالات.`;
  }

  // --- compare ----------------------------------------------------------------------------

  const KINDS = { person: "شخص", place: "مكان", org: "مؤسسة" };

  function hideComparison() {
    $("compare").hidden = true;
    $("compare-button").setAttribute("aria-expanded", "false");
  }

  async function runComparison() {
    if (!lastInput) return;
    clearError();
    const button = $("compare-button");
    button.disabled = true;
    $("status").textContent = "جارٍ مقارنة المصادر…";
    try {
      const response = await fetch("/v1/compare", { method: "POST", ...buildRequest(lastInput.docs, lastInput.files, {}) });
      if (!response.ok) {
        const problem = await problemOf(response);
        $("status").textContent = "";
        showError(arabicMessage(problem, "compare"), "compare-error");
        return;
      }
      const comparison = await response.json();
      showComparison(comparison);
      const differ = comparison.figures.filter((g) => !g.agree).length;
      $("status").textContent =
        `اكتملت المقارنة: ما تتفق عليه المصادر ${comparison.consensus.length}، وأرقام تختلف ${differ}.`;
      $("compare-heading").focus();
    } catch {
      $("status").textContent = "";
      showError("تعذّر الاتصال بالخادم لمقارنة المصادر.", "compare-error");
    } finally {
      button.disabled = false;
    }
  }

  function sameDocuments(a, b) {
    return a.length === b.length && a.every((d, k) => d.id === b[k].id && d.text === b[k].text);
  }

  function showComparison(c) {
    // Offsets refer to the compare response's documents: show those if they are not the ones on screen.
    if (!sameDocuments(c.documents, shownDocs)) showSources(c.documents);
    $("compare-meta").textContent = `${counted(c.outlets.length, "outlet")}، ${counted(c.documents.length, "article")}.`;
    // As the CLI and the API's warnings say: one outlet has no other to agree or differ with.
    $("compare-one-outlet").hidden = c.outlets.length >= 2;
    $("compare-one-outlet").textContent = c.outlets.length >= 2 ? "" :
      "المقالات كلها من منبر واحد فلا شيء تقارن به: تحتاج المقارنة إلى مقالات من منبرين أو أكثر.";
    fillFacts($("consensus"), c.consensus, "لا توجد معلومة تنقلها أغلب المنابر.");
    fillFacts($("shared"), c.shared, "");
    $("shared-block").hidden = c.shared.length === 0;
    showUnique(c);
    showFigures(c.figures);
    showActors(c.actors);
    $("compare").hidden = false;
    $("compare-button").setAttribute("aria-expanded", "true");
  }

  function outletChips(names) {
    const chips = document.createElement("span");
    chips.className = "chips";
    names.forEach((name) => chips.appendChild(chip(name, "outlet")));
    return chips;
  }

  function emptyNote(text) {
    const p = document.createElement("p");
    p.className = "help";
    p.textContent = text;
    return p;
  }

  function factItem(text, sources, chips, describe) {
    const item = document.createElement("li");
    item.className = "fact";
    const body = document.createElement("span");
    body.className = "fact-text";
    body.textContent = text;
    item.append(body, chips);
    makePickable(item, () => {
      const docs = highlight(item, sources);
      $("status").textContent = `${describe} تظهر في ${docs} من المقالات.`;
    });
    return item;
  }

  function fillFacts(list, facts, none) {
    list.replaceChildren();
    facts.forEach((fact, i) => {
      const chips = outletChips(fact.named_by);
      chips.prepend(chip(`${fact.outlets} من ${fact.of}`, "coverage", `نقلت هذه المعلومة ${fact.outlets} من ${counted(fact.of, "outlet", true)}`));
      list.appendChild(factItem(fact.text, fact.sources, chips, `المعلومة ${i + 1}`));
    });
    if (!facts.length && none) list.appendChild(Object.assign(document.createElement("li"), { textContent: none }));
  }

  function showUnique(c) {
    const box = $("unique");
    box.replaceChildren();
    for (const outlet of c.outlets) {
      const facts = c.unique[outlet] || [];
      const block = document.createElement("div");
      block.className = "outlet-block";
      const heading = document.createElement("h4");
      heading.appendChild(isolated(outlet));
      block.appendChild(heading);
      if (!facts.length) {
        block.appendChild(emptyNote("لا شيء ينفرد به هذا المنبر."));
      } else {
        const list = document.createElement("ul");
        list.className = "facts";
        facts.forEach((fact) => {
          // The outlet is the heading above: no chip.
          list.appendChild(factItem(fact.text, fact.sources, outletChips([]), `معلومة ينفرد بها «${outlet}»`));
        });
        block.appendChild(list);
      }
      box.appendChild(block);
    }
  }

  function cell(tag, text, attrs = {}) {
    const node = document.createElement(tag);
    node.textContent = text;
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    return node;
  }

  function showFigures(groups) {
    const box = $("figures");
    box.replaceChildren();
    if (!groups.length) box.appendChild(emptyNote("لا توجد أرقام تذكرها أكثر من منبر."));
    groups.forEach((group, i) => {
      const block = document.createElement("div");
      block.className = `figure-group ${group.agree ? "agree" : "disagree"}`;
      const heading = document.createElement("h4");
      heading.id = `figure-${i}`;
      const flag = chip(group.agree ? "تتفق" : "تختلف", `flag ${group.agree ? "agree" : "disagree"}`,
        group.agree ? "تتفق قيم المنابر" : "تختلف قيم المنابر");
      heading.append(cell("span", group.subject), " ", flag);
      block.appendChild(heading);

      const table = document.createElement("table");
      table.appendChild(cell("caption", `${group.subject}: ${group.agree ? "تتفق" : "تختلف"} القيم`, { class: "visually-hidden" }));
      const head = document.createElement("tr");
      head.append(cell("th", "المنبر", { scope: "col" }), cell("th", "النص", { scope: "col" }),
        cell("th", "القيمة", { scope: "col" }));
      const thead = document.createElement("thead");
      thead.appendChild(head);
      const tbody = document.createElement("tbody");
      for (const value of group.values) {
        const row = document.createElement("tr");
        const valueCell = cell("td", value.display || value.normalized);
        const outletCell = document.createElement("th");
        outletCell.scope = "row";
        outletCell.appendChild(isolated(value.outlet));
        row.append(outletCell, cell("td", value.text), valueCell);
        tbody.appendChild(row);
      }
      table.append(thead, tbody);
      block.appendChild(table);

      const show = cell("button", "أظهر المواضع في المقالات", { type: "button", class: "link show-figure",
        "aria-describedby": heading.id });
      makePickable(show, () => {
        const docs = highlight(show, group.sources);
        $("status").textContent = `الرقم ${i + 1} يظهر في ${docs} من المقالات.`;
      });
      block.appendChild(show);
      box.appendChild(block);
    });
  }

  function showActors(actors) {
    const body = $("actors").querySelector("tbody");
    body.replaceChildren();
    for (const actor of actors) {
      const row = document.createElement("tr");
      const name = cell("button", actor.name, { type: "button", class: "link actor",
        "aria-label": `${actor.name}: أظهر مواضعه في المقالات` });
      makePickable(name, () => {
        const docs = highlight(name, actor.sources);
        $("status").textContent = `«${actor.name}» يظهر في ${docs} من المقالات.`;
      });
      const nameCell = document.createElement("th");
      nameCell.scope = "row";
      nameCell.appendChild(name);
      const countCell = document.createElement("td");
      countCell.appendChild(chip(`${actor.outlets} من ${actor.of}`, "coverage", `يذكره ${actor.outlets} من ${counted(actor.of, "outlet", true)}`));
      const outletsCell = document.createElement("td");
      outletsCell.appendChild(outletChips(actor.named_by));
      row.append(nameCell, cell("td", KINDS[actor.kind] || actor.kind), countCell, outletsCell);
      body.appendChild(row);
    }
  }

  // --- wiring -----------------------------------------------------------------------------

  // The Arabic stand-in for the browser's "No file chosen": which files are chosen.
  // Each name is isolated (<bdi>): a Latin file name does not reorder the Arabic line around it.
  function showChosenFiles() {
    const names = [...$("files").files].map((file) => file.name);
    const out = $("files-chosen");
    out.textContent = names.length ? `الملفات المختارة (${names.length}): ` : "لم تُختر ملفات.";
    names.forEach((name, i) => {
      if (i) out.append("، ");
      const isolated = document.createElement("bdi");
      isolated.textContent = name;
      out.append(isolated);
    });
  }

  function init() {
    addArticle();
    $("files").addEventListener("change", showChosenFiles);
    $("add-article").addEventListener("click", () => addArticle().querySelector(".text").focus());
    $("load-demo").addEventListener("click", loadDemo);
    $("summarize-form").addEventListener("submit", submit);
    $("compare-button").addEventListener("click", runComparison);
    $("budget-unit").addEventListener("change", () => {
      $("budget-value").value = DEFAULT_BUDGET[$("budget-unit").value];
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
