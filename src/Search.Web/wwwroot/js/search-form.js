// With JavaScript, the match mode, page size and order apply as soon as they change; without it, the Search button applies them.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form.search");
  if (!form) return;
  for (const id of ["mode", "size", "sort"]) {
    const control = document.getElementById(id);
    if (!control) continue;
    control.addEventListener("change", () => {
      // A change of how results are shown keeps the current filters.
      const keep = form.querySelector("input[name=keep]");
      if (keep) keep.checked = true;
      form.requestSubmit();
    });
  }
  // Tells a test (or a user script) that the controls now apply at once.
  document.documentElement.dataset.enhanced = "true";
});

// With JavaScript, a facet's search box filters its values as you type: on the search page through
// /api/facets/{dimension} (articles counted), on the passages through /api/passages (passages counted).
// Without it, the box is a plain form that reloads its page.
document.addEventListener("DOMContentLoaded", () => {
  for (const box of document.querySelectorAll("form.facet-search input[type=search]")) {
    const dimension = box.name.replace(/^find\./, "");
    const list = box.closest("section.facet").querySelector("ul");
    if (!list) continue;
    const page = (box.form.getAttribute("action") || "/").split("#")[0]; // the action returns to its facet: #facet-org
    let timer = 0;
    box.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const params = new URLSearchParams(location.search);
        params.delete(box.name);
        params.delete("page");
        const values = page === "/passages" ? await passageValues(dimension, box.value, params) : await articleValues(dimension, box.value, params);
        if (!values) return;
        list.setAttribute("aria-live", "polite");
        list.replaceChildren(...(values.length > 0 ? values.map(v => item(page, dimension, v)) : [nothingFound(box.value)]));
      }, 200);
    });
  }
});

async function articleValues(dimension, typed, params) {
  params.set("prefix", typed);
  const response = await fetch(`/api/facets/${encodeURIComponent(dimension)}?${params}`);
  return response.ok ? (await response.json()).values : null;
}

async function passageValues(dimension, typed, params) {
  params.set("find." + dimension, typed);
  params.set("size", "1");
  const response = await fetch(`/api/passages?${params}`);
  return response.ok ? (await response.json()).facets[dimension] : null;
}

// What the server says when no value matches the text typed.
function nothingFound(typed) {
  const li = document.createElement("li");
  li.className = "none";
  li.textContent = `No value matches “${typed}”.`;
  return li;
}

// One facet value as the server renders it: a link that toggles it in the current search, on the page it is on.
function item(page, dimension, value) {
  const params = new URLSearchParams(location.search);
  const selected = params.getAll(dimension);
  params.delete(dimension);
  params.delete("page");
  for (const v of selected) if (v !== value.value) params.append(dimension, v);
  if (!selected.includes(value.value)) params.append(dimension, value.value);
  const li = document.createElement("li");
  const a = document.createElement("a");
  a.href = page + "?" + params.toString();
  const check = document.createElement("span");
  check.className = "check";
  check.setAttribute("aria-hidden", "true");
  check.textContent = value.selected ? "☑" : "☐";
  const label = document.createElement("span");
  label.className = "label";
  label.textContent = value.value;
  const n = document.createElement("span");
  n.className = "n";
  n.textContent = value.count;
  a.append(check, label, n);
  li.append(a);
  return li;
}
