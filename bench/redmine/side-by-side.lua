-- wrk script of ./tandem bench redmine, the same for Tandem and Redmine.
-- SBS_PATHS: a file of request paths, one a line ("path version" for Tandem's PATCH), asked in turn. To update,
--   each thread takes every n-th line, so two threads never update the same item and a connection's next request
--   for an item comes after the answer to its last one (1,000 requests later).
-- SBS_MODE: get (the default), redmine-update (PUT a new subject) or tandem-update (PATCH a new title with the
--   item's version, read from each answer).
-- SBS_THREADS: wrk's -t, the number of threads sharing the lines.
-- done() prints one line: SBS <requests/s> <p50 ms> <p99 ms> <requests> <non-2xx/3xx> <socket errors>.

local counter = 0

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
end

local paths, versions, next_index = {}, {}, 1
local mode = os.getenv("SBS_MODE") or "get"
local edits = 0

function init(args)
  local nthreads = tonumber(os.getenv("SBS_THREADS") or "2")
  local line_no = 0
  for line in io.lines(os.getenv("SBS_PATHS")) do
    if mode == "get" or line_no % nthreads == tid then
      local path, version = line:match("^(%S+)%s*(%d*)$")
      table.insert(paths, path)
      if version ~= "" then versions[path] = tonumber(version) end
    end
    line_no = line_no + 1
  end
  next_index = 1 + (tid * 997) % #paths
end

-- the headers given with -H (the credentials) and a JSON body's type
local function json_headers()
  local headers = {["Content-Type"] = "application/json"}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  return headers
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  edits = edits + 1
  if mode == "redmine-update" then
    return wrk.format("PUT", path, json_headers(),
      string.format('{"issue":{"subject":"Task edited %d-%d"}}', tid, edits))
  elseif mode == "tandem-update" then
    return wrk.format("PATCH", path, json_headers(),
      string.format('{"title":"Task edited %d-%d","version":%d}', tid, edits, versions[path]))
  end
  return wrk.format("GET", path)
end

if mode == "tandem-update" then
  -- the answer carries the item's new version, which the next PATCH of that item must send
  function response(status, headers, body)
    local key, version = body:match('"key":"([^"]+)".-"version":(%d+)')
    if key then versions["/api/v1/items/" .. key] = tonumber(version) end
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("SBS %.1f %.2f %.2f %d %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
