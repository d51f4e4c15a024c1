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
});
