package.path = "bench/lua/?.lua;" .. package.path
local bench = require("common")
local sessions, board, sections = bench.load()
local i = 0
request = function()
  i = i + 1
  local s = sessions[(i % #sessions) + 1]
  local path = board .. "/sections/" .. sections[math.random(1, #sections)] .. "/tasks"
  return wrk.format("POST", path, {
    ["Cookie"] = s.cookie, ["X-CSRF-TOKEN"] = s.token, ["HX-Request"] = "true",
    ["Content-Type"] = "application/x-www-form-urlencoded" }, "title=Neue+Aufgabe+aus+dem+Lasttest")
end
done = bench.done("task_create", 16)
