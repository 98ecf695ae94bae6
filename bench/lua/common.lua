-- Shared by the benchmark scenarios: the signed-in sessions and the board written by bench/run.
local M = {}

local function lines(path)
  local t = {}
  for l in io.lines(path) do
    if l ~= "" then t[#t + 1] = l end
  end
  return t
end

function M.load()
  local sessions = {}
  for _, l in ipairs(lines("target/bench/sessions.txt")) do
    local cookie, token = l:match("^(%S+) (%S+)$")
    sessions[#sessions + 1] = { cookie = cookie, token = token }
  end
  local b = lines("target/bench/board.txt")
  local board = table.remove(b, 1)
  return sessions, board, b
end

-- The 16 people's personal access tokens, for the API's scenarios.
function M.tokens()
  return lines("target/bench/tokens.txt")
end

-- Writes the scenario's figures as one JSON object, for bench/run to collect.
function M.done(name, concurrency)
  return function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local e = summary.errors
    local errors = e.connect + e.read + e.write + e.status + e.timeout
    local f = io.open("target/bench/" .. name .. ".json", "w")
    f:write(string.format(
      '{"name":"%s","concurrency":%d,"duration_s":%.1f,"requests":%d,"errors":%d,"throughput_rps":%.1f,"p50_ms":%.2f,"p99_ms":%.2f}',
      name, concurrency, seconds, summary.requests, errors, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000) .. "\n")
    f:close()
  end
end

return M
