// With JavaScript, the match mode, page size and order apply as soon as they are chosen; without it, the Search button applies
// them. Chosen with the keyboard, a menu's arrow keys move through its options and the choice applies on Enter or when the
// focus leaves the menu: applied at each arrow key, the page reloaded and the focus was lost (WCAG 3.2.2).
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form.search");
  if (!form) return;
  // A choice applied from the keyboard reloads the page; the focus comes back to the menu it was made in, not to the page's top.
  const refocus = sessionStorage.getItem("search-form-focus");
  if (refocus) {
    sessionStorage.removeItem("search-form-focus");
    document.getElementById(refocus)?.focus();
  }
  const apply = () => {
    // A change of how results are shown keeps the current filters.
    const keep = form.querySelector("input[name=keep]");
    if (keep) keep.checked = true;
    form.requestSubmit();
  };
  for (const id of ["mode", "size", "sort"]) {
    const control = document.getElementById(id);
    if (!control) continue;
    let byKeys = false, pending = false;
    control.addEventListener("pointerdown", () => { byKeys = false; });
    control.addEventListener("keydown", event => {
      byKeys = true;
      if (event.key === "Enter" && pending) {
        event.preventDefault();
        sessionStorage.setItem("search-form-focus", id);
        apply();
      }
    });
    control.addEventListener("change", () => {
      if (byKeys) pending = true;
      else apply();
    });
    control.addEventListener("blur", () => { if (pending) apply(); });
  }
  // Tells a test (or a user script) that the controls now apply at once.
  document.documentElement.dataset.enhanced = "true";
});

// With JavaScript, a facet's search box filters its values as you type: on the search page through
// /api/facets/{dimension} (articles counted), on the passages and the side-by-side view through /api/passages (passages counted).
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
        // The search as the server read it, from the form's hidden fields: values named by an alias or in another case
        // ("person=azirbek", "source=cnn") are there as the facets name them, so a value's links toggle it.
        const search = new URLSearchParams(new FormData(box.form));
        search.delete(box.name);
        const params = new URLSearchParams(search);
        params.delete("page");
        const values = page === "/passages" || page === "/compare" ? await passageValues(dimension, box.value, params) : await articleValues(dimension, box.value, params);
        if (!values) return;
        // "and 16 more: show more" counts the list as the page drew it, not the values found.
        const more = box.closest("section.facet").querySelector("p.more");
        if (more) more.hidden = box.value.length > 0;
        list.setAttribute("aria-live", "polite");
        list.replaceChildren(...(values.length > 0 ? values.map(v => item(page, dimension, v, search)) : [nothingFound(box.value)]));
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

// One facet value as the server renders it: a link that toggles it in the current search, on the page it is on, with its
// state in words for a screen reader, and its "not" link (or "undo" when it is excluded).
function item(page, dimension, value, search) {
  const li = document.createElement("li");
  if (value.selected) li.className = "selected";
  else if (value.excluded) li.className = "excluded";
  const a = document.createElement("a");
  a.href = page + "?" + toggled(search, dimension, value.value, "exclude." + dimension).toString();
  if (value.selected) a.setAttribute("aria-current", "true");
  const check = document.createElement("span");
  check.className = "check";
  check.setAttribute("aria-hidden", "true");
  check.textContent = value.selected ? "☑" : value.excluded ? "☒" : "☐";
  const label = document.createElement("span");
  label.className = "label";
  label.textContent = value.value;
  const n = document.createElement("span");
  n.className = "n";
  n.textContent = value.count;
  const unit = document.createElement("span");
  unit.className = "visually-hidden";
  const passages = page === "/passages" || page === "/compare";
  unit.textContent = " " + (passages ? (value.count === 1 ? "passage" : "passages") : (value.count === 1 ? "article" : "articles"));
  a.append(check, label, n, unit);
  if (value.selected || value.excluded) {
    const state = document.createElement("span");
    state.className = "visually-hidden";
    state.textContent = value.selected ? ", selected: remove the filter" : ", excluded: include it instead";
    a.append(state);
  }
  li.append(a);
  const not = document.createElement("a");
  not.className = "exclude";
  not.href = page + "?" + toggled(search, "exclude." + dimension, value.value, dimension).toString();
  not.textContent = value.excluded ? "undo" : "not";
  not.setAttribute("aria-label", value.excluded ? `undo: include ${value.value} again` : `not ${value.value}`);
  li.append(not);
  return li;
}

// The current search with one value of a parameter added or removed (and, for an exclusion, not selected as well); back to page 1.
function toggled(search, name, value, alsoRemoveFrom) {
  const params = new URLSearchParams(search);
  const values = params.getAll(name);
  params.delete(name);
  params.delete("page");
  for (const v of values) if (v !== value) params.append(name, v);
  if (!values.includes(value)) params.append(name, value);
  if (alsoRemoveFrom) {
    const kept = params.getAll(alsoRemoveFrom).filter(v => v !== value);
    params.delete(alsoRemoveFrom);
    for (const v of kept) params.append(alsoRemoveFrom, v);
  }
  return params;
}
