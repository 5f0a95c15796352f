// khulasa web page: collects articles, calls POST /v1/summarize, shows the summary with its sources.
// Document text is always inserted with textContent (never as HTML); highlights are <mark> elements
// built around the character offsets the API returns.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const DEFAULT_BUDGET = { words: 100, sentences: 5, chars: 600 };
  const SEPARATOR = /^[ \t]*-{3,}[ \t]*$/m;

  let articleCounter = 0;
  let current = null; // the last successful API result

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
    for (const node of $("articles").children) {
      const outlet = node.querySelector(".outlet").value.trim();
      const pieces = node.querySelector(".text").value.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
      for (const text of pieces) {
        const n = docs.length + 1;
        // Several articles pasted in one box share no outlet name: number them so chips stay distinct.
        const source = pieces.length === 1 ? outlet || `مقال ${n}` : `${outlet || "مقال"} ${n}`;
        const doc = { id: String(n), text, source };
        if (pieces.length === 1) {
          for (const field of ["title", "url", "published"]) {
            if (node.dataset[field]) doc[field] = node.dataset[field];
          }
        }
        docs.push(doc);
      }
    }
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

  function arabicMessage(problem) {
    const kind = String(problem.type || "").split(":").pop();
    if (kind === "limit-exceeded" && LIMIT_MESSAGES[problem.limit]) return LIMIT_MESSAGES[problem.limit](problem.value);
    if (kind === "busy") return "الخادم مشغول الآن. حاول مرة أخرى بعد قليل.";
    if (kind === "timeout") return `استغرق التلخيص أكثر من الحد المسموح به (${problem.value} ثانية). أرسل مقالات أقل أو أقصر.`;
    if (kind === "invalid-request") return `في الطلب قيمة غير صالحة${problem.field ? ` في الحقل «${problem.field}»` : ""}.`;
    if (kind === "unprocessable") return USER_ERRORS[problem.error] || "تعذّر تلخيص هذه المقالات.";
    if (kind === "unsupported-media-type") return "نوع الطلب غير مدعوم.";
    return `حدث خطأ في الخادم (${problem.status || "؟"}).`;
  }

  function showError(message, detail) {
    const box = $("error");
    box.replaceChildren();
    const p = document.createElement("p");
    p.textContent = message;
    box.appendChild(p);
    if (detail) {
      const small = document.createElement("p");
      small.className = "detail";
      small.dir = "auto";
      small.textContent = `التفاصيل: ${detail}`;
      box.appendChild(small);
    }
    box.hidden = false;
  }

  function clearError() {
    $("error").hidden = true;
    $("error").replaceChildren();
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
    try {
      const response = await fetch("/v1/summarize", { method: "POST", ...buildRequest(docs, files, limit) });
      if (!response.ok) {
        const problem = await problemOf(response);
        $("status").textContent = "";
        showError(arabicMessage(problem), problem.detail);
        return;
      }
      current = await response.json();
      showResult(current);
      $("status").textContent = `اكتملت الخلاصة: ${current.sentences.length} جمل.`;
    } catch {
      $("status").textContent = "";
      showError("تعذّر الاتصال بالخادم. تحقق من أنه يعمل ثم أعد المحاولة.");
    } finally {
      button.disabled = false;
    }
  }

  async function loadDemo() {
    clearError();
    $("status").textContent = "جارٍ تحميل المثال…";
    try {
      const response = await fetch("/v1/demo");
      if (!response.ok) {
        const problem = await problemOf(response);
        $("status").textContent = "";
        showError("تعذّر تحميل المثال.", problem.detail);
        return;
      }
      const { documents } = await response.json();
      $("articles").replaceChildren();
      documents.forEach((doc) => addArticle(doc));
      $("status").textContent = `حُمّل المثال: ${documents.length} مقالات. اضغط «لخّص».`;
    } catch {
      $("status").textContent = "";
      showError("تعذّر الاتصال بالخادم لتحميل المثال.");
    }
  }

  // --- result -----------------------------------------------------------------------------

  function chip(text, className, label) {
    const span = document.createElement("span");
    span.className = `chip ${className}`;
    span.textContent = text;
    if (label) span.title = label;
    return span;
  }

  function showResult(result) {
    const list = $("summary");
    list.replaceChildren();
    const words = result.sentences.reduce((n, s) => n + (s.words || 0), 0);
    $("summary-meta").textContent =
      `${result.sentences.length} جمل، ${words} كلمة، من ${result.documents.length} مقالات.`;
    result.sentences.forEach((sentence, i) => {
      const item = document.createElement("li");
      item.className = "sentence";
      item.tabIndex = 0;
      item.setAttribute("role", "button");
      item.setAttribute("aria-pressed", "false");
      item.dataset.index = String(i);
      const text = document.createElement("span");
      text.className = "sentence-text";
      text.textContent = sentence.text;
      const chips = document.createElement("span");
      chips.className = "chips";
      const cov = result.coverage[i];
      if (cov) {
        chips.appendChild(chip(`${cov.outlets} من ${cov.of}`, "coverage",
          `نقلت هذه الجملة ${cov.outlets} من ${cov.of} منابر`));
      }
      const outlets = [...new Set(sentence.sources.map((s) => s.source))];
      outlets.forEach((name) => chips.appendChild(chip(name, "outlet")));
      item.append(text, chips);
      item.addEventListener("click", () => selectSentence(i));
      item.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          selectSentence(i);
        }
      });
      list.appendChild(item);
    });
    showSources(result.documents);
    $("result").hidden = false;
    $("sources-section").hidden = false;
  }

  function showSources(documents) {
    const box = $("sources");
    box.replaceChildren();
    documents.forEach((doc, k) => {
      const article = document.createElement("article");
      article.className = "source-doc";
      article.id = `source-${k}`;
      article.dataset.doc = doc.id;
      const heading = document.createElement("h3");
      heading.textContent = doc.title ? `${doc.source}: ${doc.title}` : doc.source;
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

  function renderText(element, text, spans) {
    element.replaceChildren();
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

  function selectSentence(i) {
    if (!current) return;
    const sentence = current.sentences[i];
    for (const item of $("summary").children) {
      const on = item.dataset.index === String(i);
      item.classList.toggle("selected", on);
      item.setAttribute("aria-pressed", String(on));
    }
    let first = null;
    current.documents.forEach((doc, k) => {
      const body = document.querySelector(`#source-${k} .doc-text`);
      const spans = sentence.sources.filter((s) => s.doc === doc.id);
      renderText(body, doc.text, spans);
      body.parentElement.classList.toggle("carries", spans.length > 0);
      if (!first && spans.length) first = body.querySelector("mark");
    });
    if (first) first.scrollIntoView({ block: "nearest" });
    $("status").textContent = `الجملة ${i + 1} تظهر في ${new Set(sentence.sources.map((s) => s.doc)).size} من المقالات.`;
  }

  // --- wiring -----------------------------------------------------------------------------

  function init() {
    addArticle();
    $("add-article").addEventListener("click", () => addArticle().querySelector(".text").focus());
    $("load-demo").addEventListener("click", loadDemo);
    $("summarize-form").addEventListener("submit", submit);
    $("budget-unit").addEventListener("change", () => {
      $("budget-value").value = DEFAULT_BUDGET[$("budget-unit").value];
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
