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

-- Code actions on that line: the safe fix is offered.
local params = { textDocument = { uri = vim.uri_from_bufnr(buffer) },
                 range = { start = { line = luu.lnum, character = 0 }, ["end"] = { line = luu.lnum, character = 1 } },
                 context = { diagnostics = {} } }
local answers = vim.lsp.buf_request_sync(buffer, "textDocument/codeAction", params, 5000)
local titles = {}
for _, answer in pairs(answers or {}) do for _, action in ipairs(answer.result or {}) do table.insert(titles, action.title) end end
check(#titles >= 2, "code actions: " .. table.concat(titles, " | "))

-- Hover on the finding explains the rule.
local hover = vim.lsp.buf_request_sync(buffer, "textDocument/hover",
  { textDocument = params.textDocument, position = { line = luu.lnum, character = luu.col } }, 5000)
local text = ""
for _, answer in pairs(hover or {}) do if answer.result then text = answer.result.contents.value end end
check(text:find("luu%-line") ~= nil, "hover: " .. text)

-- Fix the line by hand ("Lưu VT" → "Lưu: VT"): the finding goes away (incremental change).
local line = vim.api.nvim_buf_get_lines(buffer, luu.lnum, luu.lnum + 1, false)[1]
vim.api.nvim_buf_set_lines(buffer, luu.lnum, luu.lnum + 1, false, { (line:gsub("Lưu ", "Lưu: ", 1)) })
check(vim.wait(15000, function() return codes()["luu-line"] == nil end, 50), "luu-line still reported after the edit")

vim.lsp.stop_client(client_id)
finish("ok")
