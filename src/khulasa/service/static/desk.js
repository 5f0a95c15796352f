// khulasa desk page: GET /v1/stories (top or newest), GET /v1/stories/{id}?new_since=V.
// "جديد" means new since this reader last opened the story: the version opened last is kept in
// localStorage, and the sentences of today's summary whose facts that version did not state are
// marked (the server's new_since). A sentence whose main statement that version already made but
// that adds a detail in a later clause is marked "تفصيل جديد", only the added clauses highlighted
// (the server's details). A card says "جديد" exactly when its story page would mark a sentence new,
// and the quieter "تفاصيل جديدة" when the page would mark only added details. A story this reader
// never opened has no baseline: it is marked "قصة جديدة" when it was not in the list the reader saw
// last time, "مقالات جديدة: N" when it was and has N more articles than it had then (nothing in it is
// marked new: the reader read none of it), and not marked at all on the first visit. A story that
// absorbed one this reader opened (two stories merged: the server's "absorbed") has that story's
// version as its baseline until it is opened itself: what is new is asked of the server against it
// (new_since_story), so the reader of the story merged away sees what the merged story adds to
// what they read, on the card and inside.
// All text from the API is inserted with textContent, never as HTML; every field from an article
// (outlet, title, time) is its own bidi-isolated element, so a stray direction mark stays inside it.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const SEEN_KEY = "khulasa-desk-seen";
  const LISTED_KEY = "khulasa-desk-listed";
  const SIZES_KEY = "khulasa-desk-listed-sizes";
  const SHOWN_FIGURES = 3;
  const TREND = { rising: "ارتفع مع الوقت", revised: "عُدّل" };
  const dateFormat = new Intl.DateTimeFormat("ar", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  // A feed's date without a time of day ("2024-05-25") or a month ("2015-05") is shown as given:
  // no "12:00 ص" it never said; the server gives such a date's time as midnight UTC
  // ("2018-03-12T00:00:00Z"), shown as its day too (pass 53).
  const dayFormat = new Intl.DateTimeFormat("ar", { dateStyle: "medium", timeZone: "UTC" });
  const monthFormat = new Intl.DateTimeFormat("ar", { year: "numeric", month: "long", timeZone: "UTC" });

  function seen() {
    try {
      return JSON.parse(localStorage.getItem(SEEN_KEY) || "{}");
    } catch {
      return {};
    }
  }

  function markSeen(id, version) {
    const all = seen();
    all[id] = version;
    localStorage.setItem(SEEN_KEY, JSON.stringify(all));
  }

  // The stories each story of the last list absorbed (the server's "absorbed", most recent first).
  let absorbedOf = {};

  // This reader's baseline for a story, {story, version}: the version of it opened last, else the
  // version opened last of a story it absorbed (the most recently merged such one); null if none.
  function baseline(id, versions) {
    if (versions[id] !== undefined) return { story: id, version: versions[id] };
    for (const other of absorbedOf[id] || []) {
      if (versions[other] !== undefined) return { story: other, version: versions[other] };
    }
    return null;
  }

  // The query asking the server what is new in story `id` against the baseline `base`.
  function sinceQuery(id, base) {
    if (!base) return "";
    const other = base.story === id ? "" : `&new_since_story=${encodeURIComponent(base.story)}`;
    return `?new_since=${base.version}${other}`;
  }

  // The story ids of the list this reader saw last (null on a first visit).
  function listedBefore() {
    try {
      const ids = JSON.parse(localStorage.getItem(LISTED_KEY) || "null");
      return Array.isArray(ids) ? new Set(ids) : null;
    } catch {
      return null;
    }
  }

  // Each listed story's article count when this reader saw the list last ({} before that).
  function listedSizes() {
    try {
      const sizes = JSON.parse(localStorage.getItem(SIZES_KEY) || "{}");
      return sizes && typeof sizes === "object" ? sizes : {};
    } catch {
      return {};
    }
  }

  function remember(listed, stories) {
    const ids = new Set(listed || []);
    for (const story of stories) ids.add(story.id);
    localStorage.setItem(LISTED_KEY, JSON.stringify([...ids].slice(-2000)));
    const sizes = listedSizes();
    for (const story of stories) sizes[story.id] = story.size;
    const kept = Object.entries(sizes).slice(-2000);
    localStorage.setItem(SIZES_KEY, JSON.stringify(Object.fromEntries(kept)));
  }

  // A card's mark for a story this reader never opened: new since the last list, or grown since.
  function unopenedMark(story, before, sizes) {
    if (!before) return null; // a first visit: no baseline
    if (!before.has(story.id)) return el("span", "new-mark new-story", "قصة جديدة");
    const then = sizes[story.id];
    if (typeof then === "number" && story.size > then) {
      return el("span", "new-mark detail-mark grown", `مقالات جديدة: ${story.size - then}`);
    }
    return null;
  }

  // An isolated field: its text cannot reorder the text around it (U+202E and the like).
  function bdi(text, className) {
    const node = el("bdi", className, text);
    node.dir = "auto";
    return node;
  }

  // An article's name: the server's headline (its title, else the first finished sentence of its
  // cleaned text: khulasa.stories.labels.article_headline, never a line the cleaner drops), else
  // its title, else its first line (a server older than the headline field).
  function headline(doc) {
    for (const name of [doc.headline, doc.title]) if (name && name.trim()) return name.trim();
    const line = (doc.text || "").split("\n").map((l) => l.trim()).find((l) => l) || "";
    return line.length > 120 ? `${line.slice(0, 119)}…` : line || "مقال دون عنوان";
  }

  function when(iso) {
    if (!iso) return "وقت غير معروف";
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const written = String(iso).trim();
    if (/^\d{4}-\d\d$/.test(written)) return monthFormat.format(date);
    if (/^\d{4}-\d\d-\d\d(T00:00(:00(\.0+)?)?(Z|[+]00:00))?$/.test(written)) return dayFormat.format(date);
    return `${dateFormat.format(date)} (غرينتش)`;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Why a sentence is new, in Arabic: the kind the server gives and what it found.
  const WHY = {
    changed: "رقم تغيّر",
    figure: "رقم لم يرد",
    number: "رقم لم يرد",
    person: "اسم لم يرد",
    direction: "اتجاه لم يرد",
    statement: "خبر لم يرد",
  };

  function whyText(why) {
    if (!why) return "";
    const kind = WHY[why.kind] || WHY.statement;
    return why.text ? `${kind}: ${why.text}` : kind;
  }

  function showError(box, problem) {
    box.textContent = problem;
    box.hidden = false;
  }

  async function getJson(url) {
    let response;
    try {
      response = await fetch(url, { headers: { Accept: "application/json" } });
    } catch {
      throw new Error("تعذر الاتصال بالخادم؛ تأكد أنه يعمل ثم أعد المحاولة.");
    }
    if (!response.ok) {
      const messages = { 404: "هذه القصة غير موجودة في المكتب.", 504: "استغرق تجهيز القصص وقتًا أطول من المسموح؛ أعد المحاولة." };
      throw new Error(messages[response.status] || `تعذر تحميل القصص (رمز الخطأ ${response.status}).`);
    }
    return response.json();
  }

  function outletsOf(sentence) {
    return [...new Set((sentence.sources || []).map((s) => s.source))];
  }

  function storyMeta(story) {
    // "المقالات: 3" rather than "3 مقالات": Arabic counted nouns change form with the number.
    return `المقالات: ${story.size} · المصادر: ${story.outlets} · آخر خبر: ${when(story.last_event)} · الإصدار ${story.version}`;
  }

  // --- the list ---------------------------------------------------------------------------

  // Each load of the list or of a story gets a number; only the newest one draws. Going back to
  // the list and then changing the order starts two loads, and the first may answer last; so may
  // a story opened just before going back.
  let viewRequest = 0;

  async function loadStories() {
    const ticket = ++viewRequest;
    const order = $("order").value;
    delete $("stories").dataset.marked;
    $("desk-error").hidden = true;
    $("desk-status").textContent = "جارٍ تحميل القصص…";
    let data;
    try {
      data = await getJson(`/v1/stories?top=${order === "top"}&limit=100`);
    } catch (error) {
      if (ticket !== viewRequest) return;
      $("desk-status").textContent = "";
      showError($("desk-error"), error.message);
      return;
    }
    if (ticket !== viewRequest) return;
    const list = $("stories");
    list.replaceChildren();
    const seenVersions = seen();
    const before = listedBefore();
    const sizes = listedSizes();
    const changed = [];
    absorbedOf = Object.fromEntries(data.stories.map((story) => [story.id, story.absorbed || []]));
    for (const story of data.stories) {
      const item = el("li", "story-card");
      item.dataset.id = story.id;
      const heading = el("h3");
      const open = el("button", "link story-open", story.label);
      open.type = "button";
      open.title = story.label; // the whole label where a narrow list clamps it (app.css)
      open.addEventListener("click", () => openStory(story.id));
      heading.appendChild(open);
      const base = baseline(story.id, seenVersions);
      if (!base) {
        const mark = unopenedMark(story, before, sizes);
        if (mark) heading.appendChild(mark);
      } else if (base.story !== story.id || base.version < story.version) {
        changed.push([story.id, base, heading]); // another story's version: only the server can compare
      }
      item.appendChild(heading);
      item.appendChild(el("p", "help", storyMeta(story)));
      item.append(...cardSummary(story.summary));
      list.appendChild(item);
    }
    remember(before, data.stories);
    $("desk-status").textContent = data.stories.length
      ? `عدد القصص: ${data.stories.length}، ${order === "top" ? "الأسرع نموًا أولًا" : "الأحدث أولًا"}.`
      : "لا توجد قصص في المكتب بعد. أضف مقالات بالأمر khulasa desk ingest أو عبر POST /v1/articles.";
    await markChanged(changed, ticket);
  }

  // A card's summary: its first sentence, the rest folded under «بقية الخلاصة» (a native
  // <details>: keyboard and screen readers open it as they would any disclosure), so an editor
  // on a phone scans the list by label, counts, marks and one sentence a story (issue 22).
  function cardSummary(summary) {
    if (!summary) return [el("p", "story-summary", "تعذر تلخيص هذه القصة.")];
    const sentences = (summary.sentences || []).map((s) => s.text).filter((t) => t && t.trim());
    if (sentences.length < 2) return [el("p", "story-summary", sentences[0] || summary.summary || "")];
    const more = el("details", "story-more");
    more.appendChild(el("summary", "", `بقية الخلاصة (الجمل: ${sentences.length - 1})`));
    more.appendChild(el("p", "story-rest", sentences.slice(1).join(" ")));
    return [el("p", "story-summary story-lead", sentences[0]), more];
  }

  // A story opened before whose summary changed since: "جديد" on its card when the story page
  // would mark a sentence new, "تفاصيل جديدة" when it would mark only added details (the same
  // question to the server, one story at a time).
  async function markChanged(changed, ticket) {
    for (const [id, base, heading] of changed) {
      let story;
      try {
        story = await getJson(`/v1/stories/${encodeURIComponent(id)}${sinceQuery(id, base)}`);
      } catch {
        continue;
      }
      if (ticket !== viewRequest) return;
      if ((story.new || []).length) heading.appendChild(el("span", "new-mark", "جديد"));
      else if ((story.details || []).length) heading.appendChild(el("span", "new-mark detail-mark", "تفاصيل جديدة"));
    }
    $("stories").dataset.marked = "true";
  }

  // --- one story --------------------------------------------------------------------------

  async function openStory(id) {
    const ticket = ++viewRequest;
    const last = baseline(id, seen());
    $("desk-error").hidden = true;
    let story;
    try {
      story = await getJson(`/v1/stories/${encodeURIComponent(id)}${sinceQuery(id, last)}`);
    } catch (error) {
      if (ticket === viewRequest) showError($("desk-error"), error.message);
      return;
    }
    if (ticket !== viewRequest) return;
    const isNew = new Set(last ? story.new || [] : []);
    const added = new Map(last ? (story.details || []).map((d) => [d.sentence, d.spans]) : []);
    // Why each new sentence is new (the server's "why"): shown on its mark's tooltip.
    const why = new Map(last ? (story.why || []).map((w) => [w.sentence, w]) : []);
    $("story-heading").textContent = story.label;
    $("story-meta").textContent = storyMeta(story);
    const summary = $("story-summary");
    summary.replaceChildren();
    for (const [i, sentence] of ((story.summary || {}).sentences || []).entries()) {
      const item = el("li");
      if (isNew.has(i)) item.appendChild(el("span", "new-mark", "جديد")).title = whyText(why.get(i));
      else if (added.has(i)) item.appendChild(el("span", "new-mark detail-mark", "تفصيل جديد"));
      item.appendChild(sentenceText(sentence.text, added.get(i) || []));
      const chips = el("span", "chips");
      for (const outlet of outletsOf(sentence)) chips.appendChild(el("span", "chip")).appendChild(bdi(outlet));
      for (const d of sentence.disputes || []) {
        // Another outlet's value for one of the sentence's figures (a toll that changed, or differs).
        const flag = el("span", "chip dispute");
        flag.title = `${d.source} يذكر «${d.figure}» بدلًا من «${d.against}»`;
        flag.append("⚠ ", el("bdi", "", d.source), ": ", el("bdi", "", d.figure));
        chips.appendChild(flag);
      }
      item.appendChild(chips);
      summary.appendChild(item);
    }
    renderTimeline(story.figures || []);
    const articles = $("story-articles");
    articles.replaceChildren();
    for (const doc of (story.summary || {}).documents || []) {
      const item = el("li");
      item.append(bdi(doc.source || "", "outlet"), ": ", bdi(headline(doc), "title"), " — ");
      item.appendChild(bdi(when(doc.published), "time"));
      articles.appendChild(item);
    }
    markSeen(story.id, story.version);
    $("list-view").hidden = true;
    $("story-view").hidden = false;
    $("story-heading").focus();
  }

  // A sentence's text, the clauses it adds (spans of characters, as the server counts them: code
  // points) highlighted. Each highlight is isolated: its text cannot reorder the sentence around it.
  function sentenceText(text, spans) {
    const node = el("span", "sentence-text");
    const chars = Array.from(text);
    let at = 0;
    for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
      if (start < at || end <= start || end > chars.length) continue;
      node.append(chars.slice(at, start).join(""));
      node.appendChild(el("mark", "added", chars.slice(start, end).join("")));
      at = end;
    }
    node.append(chars.slice(at).join(""));
    return node;
  }

  function renderTimeline(groups) {
    const box = $("timeline");
    box.replaceChildren();
    if (!groups.length) {
      box.appendChild(el("p", "help", "لا توجد أرقام تذكرها أكثر من جهة واحدة في هذه القصة."));
      return;
    }
    // The figures most outlets give come first (the server's order); beyond the first few, the
    // rest fold under one "more figures" line.
    let target = box;
    for (const [k, group] of groups.entries()) {
      if (k === SHOWN_FIGURES) {
        const more = el("details", "more-figures");
        more.appendChild(el("summary", "", `أرقام أخرى (${groups.length - SHOWN_FIGURES})`));
        box.appendChild(more);
        target = more;
      }
      const table = el("table", "timeline");
      const caption = el("caption");
      caption.appendChild(bdi(group.subject));
      if (!group.agree) caption.appendChild(el("span", "differ", "تختلف"));
      if (TREND[group.trend]) caption.appendChild(el("span", `trend ${group.trend}`, TREND[group.trend]));
      table.appendChild(caption);
      const head = el("tr");
      for (const name of ["الوقت", "المنبر", "الرقم"]) {
        const th = el("th", "", name);
        th.scope = "col";
        head.appendChild(th);
      }
      table.appendChild(el("thead")).appendChild(head);
      const body = el("tbody");
      for (const value of group.values) {
        const row = el("tr");
        for (const text of [when(value.time), value.outlet, value.text]) row.appendChild(el("td")).appendChild(bdi(text));
        body.appendChild(row);
      }
      table.appendChild(body);
      target.appendChild(table);
    }
  }

  function backToList() {
    $("story-view").hidden = true;
    $("list-view").hidden = false;
    loadStories();
  }

  function init() {
    $("order").addEventListener("change", loadStories);
    $("reload").addEventListener("click", loadStories);
    $("back").addEventListener("click", backToList);
    loadStories();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
