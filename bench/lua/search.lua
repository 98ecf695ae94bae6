package.path = "bench/lua/?.lua;" .. package.path
local bench = require("common")
local sessions = bench.load()
-- One- and two-word German queries, as people type them into the header's search field.
local queries = {
  "Pr%C3%A4sentation", "Haushaltsplan", "B%C3%BCrgerbeteiligung", "Antrag+Schulsanierung", "Pr%C3%A4sentation+Stadtrat",
  "W%C3%A4rmeplanung+pr%C3%BCfen", "Gutachten", "Satzung", "Breitbandausbau", "Kita-Ausbau+Konzept",
  "Pressemitteilung", "Hochwasserschutz", "Vergabe", "Stadtb%C3%BCcherei", "E-Akte+einreichen", "Bauamt"
}
local i = 0
request = function()
  i = i + 1
  local path = "/search?q=" .. queries[(i % #queries) + 1]
  return wrk.format("GET", path, { ["Cookie"] = sessions[(i % #sessions) + 1].cookie })
end
done = bench.done("search", 16)
