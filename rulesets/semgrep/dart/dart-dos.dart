Future<Score> score(String id) async {
  // ruleid: dart-http-no-timeout
  final r = await http.get(Uri.parse('https://bureau.example.kz/score/$id'));
  // ok: dart-http-no-timeout
  final r2 = await http.get(Uri.parse('https://bureau.example.kz/score/$id')).timeout(const Duration(seconds: 15));
  return Score.fromJson(jsonDecode(r.body));
}
