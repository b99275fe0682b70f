// Keeps an import's progress up to date without reloading the page, and shows the result once it has finished.
// Without JavaScript the page still works: it has a "Refresh this page" link.
const region = document.getElementById('import-progress')
if (region) {
  const text = document.getElementById('import-progress-text')
  const bar = document.getElementById('import-progress-bar')
  let lastAnnounced = 0
  let lastStage = null
  const poll = async () => {
    try {
      const response = await fetch(region.dataset.progressUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      if (response.ok) {
        const progress = await response.json()
        if (progress.status !== 'Queued' && progress.status !== 'Running') {
          window.location.reload()
          return
        }
        bar.max = Math.max(progress.total, 1)
        bar.value = progress.done
        // Screen readers hear the status region: update it when the stage changes and every tenth of the way, not on
        // every poll.
        if (progress.status === 'Running' &&
            (progress.stage !== lastStage || progress.done - lastAnnounced >= progress.total / 10 || lastAnnounced === 0)) {
          text.textContent = progress.text
          lastAnnounced = progress.done
          lastStage = progress.stage
        }
      }
    } catch {
      // A dropped request is tried again on the next tick.
    }
    setTimeout(poll, 1000)
  }
  setTimeout(poll, 1000)
}
