-- wrk script for src/bench/run.sh: POSTs one GraphQL operation with variables varied per request, counts HTTP and
-- GraphQL errors, and prints one machine-readable line in done():
--   RESULT <requests/s> <p50 ms> <p99 ms> <requests> <non-200 responses> <responses with "errors">
-- The operation is chosen by the environment: BENCH_OP = listing | popular | product | page | search | deep | first.
-- "popular" is "listing" with ids drawn as products are asked for: Zipf's law over the catalog, id k with a
-- probability proportional to 1 / k^s (BENCH_ZIPF_S, 1.01: pgbench's random_zipfian takes no less than 1.001).
-- BENCH_CURSORS names a file of "<sort> <region or -> <cursor>" lines: "deep" continues after the cursor (page 200),
-- "first" asks for the first page of the same sort and filter.

local op = os.getenv("BENCH_OP") or "listing"

local node = [[id title(locale: ZH_CN) { text locale } price(currency: CNY) { amount currency } supplier { name city }]]
local documents = {
  listing = [[query Listing($id: ID!) { listing(id: $id) { ]] .. node .. [[ agency { code name } } }]],
  -- a product page: what a list shows, with the description and the certifications
  product = [[query Product($id: ID!) { listing(id: $id) { ]] .. node .. [[ agency { code name }
    description(locale: ZH_CN) { text locale } certifications { code name(locale: ZH_CN) { text } } } }]],
  page = [[query Page($region: Region!, $category: String!) {
    listings(filter: { regions: [$region], category: $category }, first: 20) {
      totalCount
      facets { regions { value count } agencies { value count } categories { value count }
               certifications { value count } priceRanges { from to count } }
      edges { cursor node { ]] .. node .. [[ } } pageInfo { hasNextPage endCursor } } }]],
  search = [[query Search($q: String!) { listings(query: $q, first: 20) {
      edges { cursor node { ]] .. node .. [[ } } pageInfo { hasNextPage endCursor } } }]],
  deep = [[query Deep($sort: ListingSort!, $filter: ListingFilter, $after: String) {
    listings(sort: $sort, filter: $filter, first: 20, after: $after) {
      edges { cursor node { ]] .. node .. [[ } } pageInfo { hasNextPage endCursor } } }]],
}

-- The same value lists as the pgbench scripts of run.sh.
local regions = { "FLANDERS", "BRUSSELS", "WALLONIA" }
local categories = { "chocolate", "beer", "biscuits", "waffles", "dairy", "skincare", "food", "beverages" }
local terms = { "榛子巧克力", "樱桃啤酒", "啤酒", "焦糖华夫饼", "framboise gaufres", "crème rose", "chocolat noisette",
  "bière cerise" }

local b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
local function base64url(s)
  local out, bits, n = {}, 0, 0
  for i = 1, #s do
    bits = bits * 256 + s:byte(i); n = n + 8
    while n >= 6 do
      n = n - 6
      local v = math.floor(bits / 2 ^ n) % 64
      out[#out + 1] = b64:sub(v + 1, v + 1)
    end
    bits = bits % 2 ^ n
  end
  if n > 0 then
    local v = (bits * 2 ^ (6 - n)) % 64
    out[#out + 1] = b64:sub(v + 1, v + 1)
  end
  return table.concat(out)
end

local function quote(s) return '"' .. s:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"' end
local function json_string(s) return quote((s:gsub("\n", " "))) end

documents.first = documents.deep
local cursors = {}
if op == "deep" or op == "first" then
  for line in io.lines(os.getenv("BENCH_CURSORS")) do
    local sort, region, cursor = line:match("^(%S+) (%S+) (%S+)$")
    cursors[#cursors + 1] = { sort = sort, region = region, cursor = cursor }
  end
end

documents.popular = documents.listing
local listings = tonumber(os.getenv("BENCH_LISTINGS") or 100000)
-- The cumulative probabilities of ids 1..listings, searched by bisection for each request.
local zipf = {}
if op == "popular" then
  local s, total = tonumber(os.getenv("BENCH_ZIPF_S") or 1.01), 0
  for k = 1, listings do total = total + k ^ -s; zipf[k] = total end
  for k = 1, listings do zipf[k] = zipf[k] / total end
end
local function popular_id()
  local u, lo, hi = math.random(), 1, listings
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if zipf[mid] < u then lo = mid + 1 else hi = mid end
  end
  return lo
end

local query = json_string(documents[op])
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

local function variables()
  if op == "listing" or op == "product" then
    return '{"id":' .. quote(base64url("Listing:" .. math.random(1, listings))) .. '}'
  elseif op == "popular" then
    return '{"id":' .. quote(base64url("Listing:" .. popular_id())) .. '}'
  elseif op == "page" then
    return '{"region":' .. quote(regions[math.random(#regions)]) .. ',"category":'
        .. quote(categories[math.random(#categories)]) .. '}'
  elseif op == "search" then
    return '{"q":' .. quote(terms[math.random(#terms)]) .. '}'
  else
    local c = cursors[math.random(#cursors)]
    local filter = c.region == "-" and "null" or '{"regions":[' .. quote(c.region) .. ']}'
    local after = op == "deep" and quote(c.cursor) or "null"
    return '{"sort":' .. quote(c.sort) .. ',"filter":' .. filter .. ',"after":' .. after .. '}'
  end
end

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("seed", #threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + seed)
  non200, graphql_errors = 0, 0
end

function request()
  return wrk.format("POST", "/graphql", headers, '{"query":' .. query .. ',"variables":' .. variables() .. '}')
end

function response(status, headers, body)
  if status ~= 200 then non200 = non200 + 1
  elseif body:find('"errors"', 1, true) then graphql_errors = graphql_errors + 1 end
end

function done(summary, latency, requests)
  local bad, errs = 0, 0
  for _, t in ipairs(threads) do bad = bad + t:get("non200"); errs = errs + t:get("graphql_errors") end
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, bad, errs))
end
