// With JavaScript, each passage offers "Copy link": its permalink (the text-derived anchor) goes to the
// clipboard. Without it, the ¶ link beside the passage is the same permalink.
// The permalink is the article's own address: the search this page was opened from (?q=…, "Back to search")
// is the reader's, not the passage's, so a colleague who opens the link sees the article as it is.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("button.copy-link")) {
    button.hidden = false;
    const name = button.getAttribute("aria-label"); // "Copy link to paragraph 4": forty buttons are not all "Copy link"
    const say = text => { button.textContent = text; button.setAttribute("aria-label", text === "Copy link" ? name : text); };
    button.addEventListener("click", async () => {
      const url = new URL(button.dataset.permalink, location.href);
      try {
        await navigator.clipboard.writeText(url.href);
        say("Copied");
      } catch {
        // No clipboard (an insecure origin, say): put the link in the address bar, without reloading, to copy by hand.
        history.replaceState(null, "", url.href);
        say("Link in the address bar");
      }
      setTimeout(() => say("Copy link"), 2000);
    });
  }
});
