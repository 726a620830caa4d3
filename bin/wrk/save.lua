-- Each request saves a different document (a counter in the title), so every save is a new row.
local counter = 0
local thread_id = 0
function setup(thread)
  thread:set("tid", thread_id)
  thread_id = thread_id + 1
end
request = function()
  counter = counter + 1
  local body = '{"schemaVersion":1,"kind":"function","title":"bench ' .. tid .. '-' .. counter .. '-' .. math.random(1e9) .. '","function":"x^2 - 2*x + 1","start":[3],"tolerance":1e-6,"maxSteps":10000,"optimizers":[{"optimizer":"sgd","learningRate":0.1}]}'
  return wrk.format("POST", "/api/experiments", {["Content-Type"] = "application/json"}, body)
end
