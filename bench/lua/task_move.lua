package.path = "bench/lua/?.lua;" .. package.path
local bench = require("common")
local sessions, board, sections = bench.load()
local i = 0
request = function()
  i = i + 1
  local s = sessions[(i % #sessions) + 1]
  local body = "section=" .. sections[math.random(1, #sections)] .. "&position=" .. math.random(1, 100)
  return wrk.format("PUT", board .. "/tasks/" .. math.random(1, 1000) .. "/position", {
    ["Cookie"] = s.cookie, ["X-CSRF-TOKEN"] = s.token, ["X-Requested-With"] = "fetch",
    ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end
done = bench.done("task_move", 16)
