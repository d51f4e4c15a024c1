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

// With JavaScript, a facet's search box filters its values as you type, through /api/facets/{dimension};
// without it, the box is a plain form that reloads the page.
document.addEventListener("DOMContentLoaded", () => {
  for (const box of document.querySelectorAll("form.facet-search input[type=search]")) {
    const dimension = box.name.replace(/^find\./, "");
    const list = box.closest("section.facet").querySelector("ul");
    if (!list) continue;
    let timer = 0;
    box.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const params = new URLSearchParams(location.search);
        params.delete(box.name);
        params.delete("page");
        params.set("prefix", box.value);
        const response = await fetch(`/api/facets/${encodeURIComponent(dimension)}?${params}`);
        if (!response.ok) return;
        const counts = await response.json();
        list.replaceChildren(...counts.values.map(v => item(dimension, v)));
      }, 200);
    });
  }
});

// One facet value as the server renders it: a link that toggles it in the current search.
function item(dimension, value) {
  const params = new URLSearchParams(location.search);
  const selected = params.getAll(dimension);
  params.delete(dimension);
  params.delete("page");
  for (const v of selected) if (v !== value.value) params.append(dimension, v);
  if (!selected.includes(value.value)) params.append(dimension, value.value);
  const li = document.createElement("li");
  const a = document.createElement("a");
  a.href = "/?" + params.toString();
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
