Future<void> convert(String file) async {
  // ruleid: dart-process-in-shell
  await Process.run('convert $file out.pdf', [], runInShell: true);
  // ok: dart-process-in-shell
  await Process.run('convert', [file, 'out.pdf']);
}

void bridge(WebViewController c) {
  c.setJavaScriptMode(JavaScriptMode.unrestricted);
  // ruleid: dart-webview-unrestricted-js-bridge
  c.addJavaScriptChannel('Native', onMessageReceived: (m) => handle(m));
}

void plain(WebViewController c) {
  // ok: dart-webview-unrestricted-js-bridge
  c.addJavaScriptChannel('Native', onMessageReceived: (m) => handle(m));
}
