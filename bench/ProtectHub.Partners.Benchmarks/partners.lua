-- wrk script for the partners benchmark: every connection sends the signed-in session's cookie and goes round a list
-- of URLs (one path per line), starting at its own place; any answer but 200 is counted. At the end it prints one line:
--   WRK set=NAME requests=N non200=N socket_errors=N rps=R p50=ms p90=ms p95=ms p99=ms max=ms mean=ms
-- Environment: PH_URLS (file of paths), PH_COOKIE (the Cookie header), PH_SET (name to print).

local cookie = os.getenv("PH_COOKIE") or ""
local set = os.getenv("PH_SET") or "urls"
local urls = {}
for line in io.lines(os.getenv("PH_URLS")) do
  if line ~= "" then urls[#urls + 1] = line end
end

local threads = {}
local counter = 1

function setup(thread)
  thread:set("thread_id", #threads)
  table.insert(threads, thread)
end

function init(args)
  non200 = 0
  counter = (thread_id * 7919) % #urls + 1
end

function request()
  local path = urls[counter]
  counter = counter % #urls + 1
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end

function response(status, headers, body)
  if status ~= 200 then non200 = non200 + 1 end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + (thread:get("non200") or 0) end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "WRK set=%s requests=%d non200=%d socket_errors=%d rps=%.1f p50=%.1f p90=%.1f p95=%.1f p99=%.1f max=%.1f mean=%.1f\n",
    set, summary.requests, bad, e.connect + e.read + e.write + e.timeout, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000))
end
