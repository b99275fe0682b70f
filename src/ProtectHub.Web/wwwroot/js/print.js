// The debrief's "Print this report" button; without JavaScript the browser's own print command does the same.
document.getElementById('print-debrief')?.addEventListener('click', () => window.print())
