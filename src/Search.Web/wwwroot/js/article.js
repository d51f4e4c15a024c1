// With JavaScript, each passage offers "Copy link": its permalink (the text-derived anchor) goes to the
// clipboard. Without it, the ¶ link beside the passage is the same permalink.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("button.copy-link")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      const url = new URL(location.href);
      url.hash = button.dataset.anchor;
      try {
        await navigator.clipboard.writeText(url.href);
        button.textContent = "Copied";
      } catch {
        // No clipboard (an insecure origin, say): show the link so it can be copied by hand.
        location.hash = button.dataset.anchor;
        button.textContent = "Link in the address bar";
      }
      setTimeout(() => { button.textContent = "Copy link"; }, 2000);
    });
  }
});
