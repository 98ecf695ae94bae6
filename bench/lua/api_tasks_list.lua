-- GET all 1,000 tasks of the measured project in one page, with 16 people's API tokens.
package.path = "bench/lua/?.lua;" .. package.path
local bench = require("common")
local _, board = bench.load()
local tokens = bench.tokens()
local path = "/api/v1/projects/" .. board:match("([^/]+)$") .. "/tasks?limit=1000"
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. tokens[(i % #tokens) + 1] })
end
done = bench.done("api_tasks_list", 16)
