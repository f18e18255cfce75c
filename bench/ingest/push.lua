-- A signed GitHub push, each request with its own X-GitHub-Delivery (the gateway stores each once).
-- BENCH_BODY: the body file; BENCH_SIGNATURE: its hex HMAC-SHA256; BENCH_RUN: a prefix unique to the run.
local file = assert(io.open(os.getenv("BENCH_BODY"), "rb"))
local body = file:read("*a")
file:close()
local signature = "sha256=" .. os.getenv("BENCH_SIGNATURE")
local run = os.getenv("BENCH_RUN") or "run"
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

local counter = 0

function request()
  counter = counter + 1
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["X-GitHub-Event"] = "push",
    ["X-GitHub-Delivery"] = run .. "-" .. thread_number .. "-" .. counter,
    ["X-Hub-Signature-256"] = signature,
  }, body)
end
