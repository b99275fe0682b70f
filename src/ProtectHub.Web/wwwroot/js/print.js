// "Print" buttons on printable pages (debrief report, victim letter); without JavaScript the browser's own print command does the same.
for (const button of document.querySelectorAll('[data-print]')) {
  button.addEventListener('click', () => window.print())
}
