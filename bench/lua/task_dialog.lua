package.path = "bench/lua/?.lua;" .. package.path
local bench = require("common")
local sessions, board = bench.load()
local i = 0
request = function()
  i = i + 1
  local path = board .. "/tasks/" .. math.random(1, 1000)
  -- What a click on a card fetches: the dialog alone (htmx), not the board around it.
  return wrk.format("GET", path, { ["Cookie"] = sessions[(i % #sessions) + 1].cookie, ["HX-Request"] = "true" })
end
done = bench.done("task_dialog", 16)
