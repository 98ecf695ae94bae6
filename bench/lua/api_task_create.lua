-- POST a task into the measured project with an Idempotency-Key, as a careful client does.
package.path = "bench/lua/?.lua;" .. package.path
local bench = require("common")
local _, board = bench.load()
local tokens = bench.tokens()
local path = "/api/v1/projects/" .. board:match("([^/]+)$") .. "/tasks"
local body = '{"title": "Neue Aufgabe aus dem Fachverfahren", "notes": "Antrag **4711**", "dueDate": "2027-03-01"}'

local counter = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

request = function()
  counter = counter + 1
  return wrk.format("POST", path, {
    ["Authorization"] = "Bearer " .. tokens[(counter % #tokens) + 1],
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%d-%d-%d", os.time(), thread_id or 0, counter) }, body)
end
done = bench.done("api_task_create", 16)
