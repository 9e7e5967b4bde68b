-- doclint in Neovim's built-in LSP client. Put this file in ~/.config/nvim/plugin/ (or require it
-- from init.lua). doclint must be on PATH (`swift build -c release`, then copy
-- .build/release/doclint). English messages: init_options = { lang = "en" }.
vim.api.nvim_create_autocmd("FileType", {
  pattern = { "text", "markdown" },
  callback = function(event)
    -- The folder of the nearest rules.yml or .git (Neovim 0.8+), else the working directory.
    local marker = vim.fs and vim.fs.find({ "rules.yml", ".git" }, { upward = true, path = vim.fs.dirname(vim.api.nvim_buf_get_name(event.buf)) })[1]
    local root = marker and vim.fs.dirname(marker)
    local id = vim.lsp.start_client({
      name = "doclint",
      cmd = { "doclint", "lsp" },
      root_dir = root or vim.fn.getcwd(),
      init_options = { lang = "vi" },
    })
    if id then vim.lsp.buf_attach_client(event.buf, id) end
  end,
})
