-- Neovim's built-in LSP client against the Sorot server: open an article, wait for diagnostics,
-- hover over a figure, go to a definition; write what came back as JSON to $SOROT_RESULT.
-- Written for Neovim 0.7 (Debian's), whose API predates vim.lsp.start.
local server = os.getenv('SOROT_SERVER')
local root = os.getenv('SOROT_ROOT')
local file = os.getenv('SOROT_FILE')
local result_path = os.getenv('SOROT_RESULT')
local figure = os.getenv('SOROT_FIGURE')
local result = { diagnostics = {}, hover = '', definition = '' }

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buffer = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({ name = 'sorot', cmd = { 'node', server, '--stdio' }, root_dir = root })
vim.lsp.buf_attach_client(buffer, client_id)

vim.wait(20000, function() return #vim.diagnostic.get(buffer) > 0 end, 100)
for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
  table.insert(result.diagnostics, { code = diagnostic.code, line = diagnostic.lnum, message = diagnostic.message })
end

local function position_of(needle)
  for line = 0, vim.api.nvim_buf_line_count(buffer) - 1 do
    local text = vim.api.nvim_buf_get_lines(buffer, line, line + 1, false)[1]
    local column = string.find(text, needle, 1, true)
    if column then return { line = line, character = vim.str_utfindex(text, column) } end
  end
end

local params = { textDocument = vim.lsp.util.make_text_document_params(), position = position_of(figure) }
local hover = vim.lsp.buf_request_sync(buffer, 'textDocument/hover', params, 10000)
for _, response in pairs(hover or {}) do
  if response.result then result.hover = response.result.contents.value end
end

params.position = position_of('OpenAI')
local definition = vim.lsp.buf_request_sync(buffer, 'textDocument/definition', params, 10000)
for _, response in pairs(definition or {}) do
  if response.result then
    local target = response.result[1] or response.result
    result.definition = target.uri .. ':' .. target.range.start.line
  end
end

local handle = io.open(result_path, 'w')
handle:write(vim.fn.json_encode(result))
handle:close()
vim.cmd('qall!')
