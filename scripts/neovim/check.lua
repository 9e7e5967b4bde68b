-- Real-client check of `doclint lsp`: Neovim's built-in LSP client (headless) opens a draft,
-- waits for diagnostics, edits the buffer (incremental sync) and asks for code actions and hover.
-- Run by scripts/check-neovim.sh; writes "ok" or the failure to $DOCLINT_NVIM_RESULT.
local result_file = os.getenv("DOCLINT_NVIM_RESULT")
local function finish(message)
  local file = io.open(result_file, "w"); file:write(message .. "\n"); file:close()
  vim.cmd("qa!")
end
local function check(condition, message) if not condition then finish("FAIL: " .. message) error(message) end end

-- The ready configuration users install (integrations/neovim/doclint.lua), with `doclint` on PATH:
-- opening a .txt file starts the server and attaches it.
vim.cmd("filetype on")
dofile(os.getenv("DOCLINT_NVIM_CONFIG"))
vim.cmd("edit " .. os.getenv("DOCLINT_NVIM_FILE"))
local buffer = vim.api.nvim_get_current_buf()
check(vim.wait(5000, function() return #vim.lsp.buf_get_clients(buffer) > 0 end, 20), "no client attached by the configuration")
local client_id = vim.lsp.buf_get_clients(buffer)[next(vim.lsp.buf_get_clients(buffer))].id

local function codes()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buffer)) do found[d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"] = d end
  return found
end
check(vim.wait(15000, function() return codes()["luu-line"] ~= nil end, 50), "no luu-line diagnostic within 15 s")
local luu = codes()["luu-line"]
check(luu.source == "doclint", "source is " .. tostring(luu.source))

-- The same findings as `doclint lint --format json` (rule and start, converted to Neovim's 0-based
-- line and byte column).
local expected = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv("DOCLINT_NVIM_EXPECTED")), "\n")).diagnostics
local seen = {}
for _, d in ipairs(vim.diagnostic.get(buffer)) do seen[string.format("%s %d:%d", d.code, d.lnum, d.col)] = true end
check(#vim.diagnostic.get(buffer) == #expected, string.format("%d diagnostics, the command line has %d", #vim.diagnostic.get(buffer), #expected))
for _, e in ipairs(expected) do
  local text = vim.api.nvim_buf_get_lines(buffer, e.line - 1, e.line, false)[1]
  local key = string.format("%s %d:%d", e.rule, e.line - 1, vim.str_byteindex(text, e.column - 1))
  check(seen[key], "missing in the editor: " .. key)
end

-- Code actions on that line: the safe fix is offered.
local params = { textDocument = { uri = vim.uri_from_bufnr(buffer) },
                 range = { start = { line = luu.lnum, character = 0 }, ["end"] = { line = luu.lnum, character = 1 } },
                 context = { diagnostics = {} } }
local answers = vim.lsp.buf_request_sync(buffer, "textDocument/codeAction", params, 5000)
local titles, preferred = {}, nil
for _, answer in pairs(answers or {}) do for _, action in ipairs(answer.result or {}) do
  table.insert(titles, action.title)
  if action.isPreferred then preferred = action end
end end
check(#titles >= 2 and preferred ~= nil, "code actions: " .. table.concat(titles, " | "))

-- Hover on the finding explains the rule.
local hover = vim.lsp.buf_request_sync(buffer, "textDocument/hover",
  { textDocument = params.textDocument, position = { line = luu.lnum, character = luu.col } }, 5000)
local text = ""
for _, answer in pairs(hover or {}) do if answer.result then text = answer.result.contents.value end end
check(text:find("luu%-line") ~= nil, "hover: " .. text)

check(text:find("NĐ 30/2020") ~= nil, "hover names no legal source: " .. text)

-- Apply the preferred quick fix ("Lưu VT" → "Lưu: VT") as the editor does: the buffer changes
-- (incremental sync) and the re-published findings drop it.
vim.lsp.util.apply_workspace_edit(preferred.edit, "utf-16")
local line = vim.api.nvim_buf_get_lines(buffer, luu.lnum, luu.lnum + 1, false)[1]
check(line:find("Lưu: VT") ~= nil, "the fix did not apply: " .. line)
check(vim.wait(15000, function() return codes()["luu-line"] == nil end, 50), "luu-line still reported after the fix")
check(#vim.diagnostic.get(buffer) == #expected - 1, "other findings changed after the fix")

vim.lsp.stop_client(client_id)
finish("ok")
