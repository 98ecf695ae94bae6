package.path = "bench/lua/?.lua;" .. package.path
local bench = require("common")
local sessions = bench.load()
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/agenda", { ["Cookie"] = sessions[(i % #sessions) + 1].cookie })
end
done = bench.done("agenda", 16)
