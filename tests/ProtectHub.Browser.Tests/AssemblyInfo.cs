// Each browser test class starts its own server and Chromium; on a 2-core machine running them one at a time is
// faster and steadier than running them side by side.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
