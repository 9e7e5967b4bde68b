/// The page a clerk opens, served by the binary itself: no CDN, no internet. Script and style are
/// separate files so that the Content-Security-Policy can forbid every inline script.
enum ClerkPage {
    static func html(maxUploadBytes: Int) -> String {
        """
        <!doctype html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>doclint — kiểm tra thể thức văn bản trước khi trình ký</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="app.css">
        <script src="app.js" defer></script>
        </head>
        <body data-max-upload="\(maxUploadBytes)">
        <header class="page-head no-print">
        <h1>Kiểm tra thể thức văn bản trước khi trình ký</h1>
        <p>Theo Nghị định 30/2020/NĐ-CP (Phụ lục I–III), Hướng dẫn 36-HD/VPTW và nguyên tắc “6 rõ” khi giao nhiệm vụ.
        Văn bản chỉ được kiểm tra trên máy chủ này, không gửi ra ngoài và không được lưu lại.</p>
        </header>
        <main>
        <form id="check-form" class="no-print">
        <div id="drop" class="drop">
        <p><strong>Kéo thả tệp vào đây</strong> hoặc <label for="file" class="file-label">chọn tệp</label> (.docx, .txt, .md, .pdf, ảnh quét .png/.jpg/.tif; tối đa \(maxUploadBytes / 1_048_576) MB)</p>
        <input type="file" id="file" name="file" accept=".docx,.txt,.md,.pdf,.png,.jpg,.jpeg,.tif,.tiff,text/plain,application/pdf,image/png,image/jpeg,image/tiff,application/vnd.openxmlformats-officedocument.wordprocessingml.document">
        <p id="chosen" class="chosen"></p>
        </div>
        <label for="text" class="paste-label">hoặc dán nội dung văn bản:</label>
        <textarea id="text" name="text" rows="12" placeholder="Dán toàn bộ văn bản, từ tên cơ quan đến Nơi nhận…"></textarea>
        <p><button type="submit" id="submit">Kiểm tra</button> <span id="status" role="status" aria-live="polite"></span></p>
        </form>
        <div id="result"></div>
        </main>
        <footer class="page-foot no-print"><p>doclint — <a href="api">API JSON</a> · chạy trên máy chủ nội bộ, không cần Internet.</p></footer>
        </body>
        </html>

        """
    }

    static let script = #"""
    "use strict";
    (function () {
      var form = document.getElementById("check-form");
      var fileInput = document.getElementById("file");
      var text = document.getElementById("text");
      var drop = document.getElementById("drop");
      var chosen = document.getElementById("chosen");
      var status = document.getElementById("status");
      var result = document.getElementById("result");
      var maxUpload = parseInt(document.body.getAttribute("data-max-upload"), 10);
      var last = null;

      function showChosen() {
        var file = fileInput.files[0];
        chosen.textContent = file ? "Đã chọn: " + file.name + " (" + Math.ceil(file.size / 1024) + " KB)" : "";
        if (file) { text.value = ""; }
      }
      fileInput.addEventListener("change", showChosen);
      text.addEventListener("input", function () { if (text.value && fileInput.value) { fileInput.value = ""; showChosen(); } });
      ["dragenter", "dragover"].forEach(function (name) {
        drop.addEventListener(name, function (event) { event.preventDefault(); drop.classList.add("over"); });
      });
      ["dragleave", "drop"].forEach(function (name) {
        drop.addEventListener(name, function () { drop.classList.remove("over"); });
      });
      drop.addEventListener("drop", function (event) {
        event.preventDefault();
        if (event.dataTransfer && event.dataTransfer.files.length) { fileInput.files = event.dataTransfer.files; showChosen(); }
      });

      function post(path, upload, query) {
        return fetch(path + "?filename=" + encodeURIComponent(upload.name) + (query || ""), {
          method: "POST", headers: { "Content-Type": "application/octet-stream" }, body: upload.body
        });
      }

      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var file = fileInput.files[0];
        var pending;
        if (file) {
          if (file.size > maxUpload) {
            status.textContent = "Tệp quá lớn: tối đa " + Math.floor(maxUpload / 1048576) + " MB.";
            return;
          }
          pending = file.arrayBuffer().then(function (body) { return { name: file.name, body: body }; });
        } else if (text.value.trim()) {
          pending = Promise.resolve({ name: "van-ban-dan.txt", body: new TextEncoder().encode(text.value) });
        } else {
          status.textContent = "Hãy chọn tệp hoặc dán nội dung văn bản.";
          return;
        }
        status.textContent = "Đang kiểm tra…";
        document.getElementById("submit").disabled = true;
        pending.then(function (upload) {
          return post("api/report", upload).then(function (response) {
            return response.text().then(function (html) {
              // The server escapes every piece of the document's text; this is its own markup.
              result.innerHTML = html;
              last = upload;
              status.textContent = response.ok ? "Đã kiểm tra." : "Không kiểm tra được tệp này.";
              var report = result.querySelector(".report");
              if (report) { report.scrollIntoView({ behavior: "smooth", block: "start" }); }
            });
          });
        }).catch(function () {
          status.textContent = "Không kết nối được máy chủ doclint.";
        }).then(function () { document.getElementById("submit").disabled = false; });
      });

      result.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-action]");
        if (!button) { return; }
        var action = button.getAttribute("data-action");
        if (action === "print") { window.print(); }
        if (action === "download-reviewed" && last) {
          var withFixes = result.querySelector("input[data-option=review-fixes]");
          status.textContent = "Đang rà soát…";
          post("api/review", last, withFixes && withFixes.checked ? "&fixes=1" : "").then(function (response) {
            if (!response.ok) { return response.text().then(function (message) { status.textContent = message; }); }
            return response.blob().then(function (blob) {
              var link = document.createElement("a");
              link.href = URL.createObjectURL(blob);
              link.download = last.name.replace(/\.docx$/i, "") + "-ra-soat.docx";
              document.body.appendChild(link);
              link.click();
              link.remove();
              setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
              status.textContent = "Đã tải bản Word đã rà soát: mỗi phát hiện là một nhận xét bên lề.";
            });
          });
        }
        if (action === "download-fixed" && last) {
          post("api/fix", last).then(function (response) {
            if (!response.ok) { return response.text().then(function (message) { status.textContent = message; }); }
            return response.blob().then(function (blob) {
              var link = document.createElement("a");
              link.href = URL.createObjectURL(blob);
              link.download = last.name.replace(/\.(txt|md)$/i, "") + "-da-sua.txt";
              document.body.appendChild(link);
              link.click();
              link.remove();
              setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
              status.textContent = "Đã tải bản đã sửa.";
            });
          });
        }
      });
    })();

    """#

    static let style = """
    :root { --error: #b3261e; --warning: #a15c00; --note: #1a5fb4; --ok: #1e7b34; --line: #d6d6d6; }
    * { box-sizing: border-box; }
    body { font-family: "Times New Roman", Times, serif; margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem; color: #1b1b1b; }
    h1 { font-size: 1.5rem; margin: .5rem 0; }
    h2 { font-size: 1.25rem; } h3 { font-size: 1.1rem; margin-top: 1.5rem; }
    .drop { border: 2px dashed #8a8a8a; border-radius: .5rem; padding: 1rem; text-align: center; background: #fafafa; }
    .drop.over { border-color: var(--note); background: #eef4fc; }
    .file-label { color: var(--note); text-decoration: underline; cursor: pointer; }
    #file { display: block; margin: .5rem auto; }
    .paste-label { display: block; margin-top: 1rem; }
    textarea { width: 100%; font-family: inherit; font-size: 1rem; padding: .5rem; }
    button { font-size: 1rem; padding: .4rem 1rem; margin-right: .5rem; cursor: pointer; }
    .summary { font-size: 1.2rem; font-weight: bold; padding: .5rem .75rem; border-radius: .3rem; }
    .summary.sev-error { background: #fbe9e7; color: var(--error); }
    .summary.sev-warning { background: #fff3e0; color: var(--warning); }
    .summary.sev-note { background: #e8f0fb; color: var(--note); }
    .summary.clean { background: #e6f4ea; color: var(--ok); }
    .summary.input-error { background: #fbe9e7; color: var(--error); }
    .meta, .hint, .legal { color: #555; font-size: .9rem; }
    .ocr-warning { background: #fff3e0; padding: .5rem; }
    .findings { padding-left: 1.5rem; }
    .finding { margin: .4rem 0; }
    .badge { display: inline-block; font-size: .8rem; font-weight: bold; padding: 0 .4rem; border-radius: .2rem; color: #fff; font-family: sans-serif; }
    .sev-error .badge { background: var(--error); } .sev-warning .badge { background: var(--warning); } .sev-note .badge { background: var(--note); }
    .rule { color: #555; font-size: .85rem; }
    .note, .fix, .legal { margin-left: 1rem; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
    .item-missing td:nth-child(2) { color: var(--error); font-weight: bold; }
    .item-present td:nth-child(2) { color: var(--ok); }
    tr.undated td:nth-child(6) { color: var(--error); }
    .doc { border: 1px solid var(--line); padding: .5rem 0; font-size: 1rem; }
    .line { display: flex; white-space: pre-wrap; word-break: break-word; border-left: 4px solid transparent; }
    .line.flag-error { border-left-color: var(--error); } .line.flag-warning { border-left-color: var(--warning); } .line.flag-note { border-left-color: var(--note); }
    .ln { flex: 0 0 3.5rem; text-align: right; padding-right: .75rem; color: #888; user-select: none; font-family: monospace; font-size: .85rem; }
    .tx { flex: 1; min-height: 1.2em; }
    .tx .restored { display: block; color: #2e6b34; font-size: .9em; }
    .tx .restored::before { content: "↳ "; color: #888; }
    mark { background: none; border-bottom: 3px solid; cursor: help; }
    mark.sev-error { background: #fde0dc; border-color: var(--error); }
    mark.sev-warning { background: #ffefd5; border-color: var(--warning); }
    mark.sev-note { background: #e3edfb; border-color: var(--note); }
    .inline-finding { margin: .1rem 0 .3rem 4.25rem; font-size: .9rem; font-family: sans-serif; }
    .inline-finding.sev-error { color: var(--error); } .inline-finding.sev-warning { color: var(--warning); } .inline-finding.sev-note { color: var(--note); }
    .cut { color: #888; }
    .line:target { background: #fffbdd; }
    @media print {
      .no-print, .document { display: none !important; }
      body { max-width: none; padding: 0; }
      details.findings-list > summary { list-style: none; font-weight: bold; }
      .badge { color: #000; border: 1px solid #000; background: none !important; }
    }

    """
}
