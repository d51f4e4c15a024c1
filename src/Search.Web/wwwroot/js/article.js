// With JavaScript, each passage offers "Copy link": its permalink (the text-derived anchor) goes to the
// clipboard. Without it, the ¶ link beside the passage is the same permalink.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("button.copy-link")) {
    button.hidden = false;
    const name = button.getAttribute("aria-label"); // "Copy link to paragraph 4": forty buttons are not all "Copy link"
    const say = text => { button.textContent = text; button.setAttribute("aria-label", text === "Copy link" ? name : text); };
    button.addEventListener("click", async () => {
      const url = new URL(location.href);
      url.hash = button.dataset.anchor;
      try {
        await navigator.clipboard.writeText(url.href);
        say("Copied");
      } catch {
        // No clipboard (an insecure origin, say): show the link so it can be copied by hand.
        location.hash = button.dataset.anchor;
        say("Link in the address bar");
      }
      setTimeout(() => say("Copy link"), 2000);
    });
  }
});
