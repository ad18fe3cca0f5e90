-- wrk script for bench/soak.sh: a mix of submits (3 in 10), polls (4 in 10), media downloads
-- (1 in 10) and control-API reads (2 in 10). Each wrk thread has its own key (polls of another
-- key's task would be 404) and keeps the task ids and media paths from its answers in bounded
-- rings, so polls and downloads hit real tasks. wrk does not say which request an answer belongs
-- to, so ids are read from any answer that carries one, and answers are counted by status only.
local keys = { "rk_soak_a", "rk_soak_b", "rk_soak_c", "rk_soak_d" }
local bodies = {
  '{"model":"z-image","prompt":"a red fox in the snow"}',
  '{"model":"gpt-image-2","prompt":"a castle at dawn","resolution":"1k"}',
  '{"model":"imagen-4-0","prompt":"a quiet harbour","size":"1:1"}',
}
local controls = { "/_emulator/health", "/_emulator/clock", "/_emulator/tasks?limit=5", "/_emulator/requests?limit=5" }
local ring, media = {}, {}
local ringSize, n = 500, 0
-- SOAK_MEDIA=0 leaves downloads out (their slot reads the control API instead): the renderer's
-- cache keeps up to 256 MiB of encoded images across resets, which a soak then sees as growth.
local withMedia = os.getenv("SOAK_MEDIA") ~= "0"
local threads = {}
-- Set per thread by setup(); status -> answers, read back by done().
key = keys[1]
statuses = {}

setup = function(thread)
  threads[#threads + 1] = thread
  thread:set("key", keys[((#threads - 1) % #keys) + 1])
end

request = function()
  n = n + 1
  local slot = n % 10
  local headers = { ["Authorization"] = "Bearer " .. key, ["Content-Type"] = "application/json" }
  if slot < 3 or #ring == 0 then
    return wrk.format("POST", "/api/v1/images/generations", headers, bodies[(n % #bodies) + 1])
  elseif slot < 7 then
    return wrk.format("GET", "/api/v1/tasks/" .. ring[(n % #ring) + 1], headers)
  elseif slot < 8 and withMedia and #media > 0 then
    return wrk.format("GET", media[(n % #media) + 1])
  elseif n % 20 == 9 then
    return wrk.format("GET", "/_emulator/accounts/" .. key)
  else
    return wrk.format("GET", controls[(n % #controls) + 1])
  end
end

local function remember(list, item)
  if #list < ringSize then list[#list + 1] = item else list[(n % ringSize) + 1] = item end
end

response = function(status, hdrs, body)
  local tag = tostring(status)
  statuses[tag] = (statuses[tag] or 0) + 1
  if status ~= 200 then return end
  -- A submit or poll answer (canonical `id`, imagen `task_id`) and, once done, its media URL.
  local id = body:match('^{"id":"(task_%x+)"') or body:match('"task_id":"(task_[%w]+)"')
  if id then remember(ring, id) end
  local url = body:match('"image_urls":%["(https?://[^"]+)"') or body:match('"url":"(https?://[^"]+)"')
  if url then remember(media, (url:gsub("^https?://[^/]+", ""))) end
end

-- Answers by status: polls and downloads of tasks a reset forgot are 404, downloads past a URL's
-- lifetime 403, account reads of a key a reset forgot 404.
done = function(summary, latency, requests)
  local merged, tags = {}, {}
  for _, thread in ipairs(threads) do
    for tag, count in pairs(thread:get("statuses") or {}) do
      if merged[tag] == nil then tags[#tags + 1] = tag end
      merged[tag] = (merged[tag] or 0) + count
    end
  end
  table.sort(tags)
  for _, tag in ipairs(tags) do io.write(string.format("answers with status %s: %d\n", tag, merged[tag])) end
end
