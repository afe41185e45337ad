Future<void> save(SharedPreferences prefs, String token, String theme) async {
  // ruleid: dart-secret-in-shared-preferences
  await prefs.setString('access_token', token);
  // ok: dart-secret-in-shared-preferences
  await prefs.setString('theme', theme);
}

void login(String user, String password) {
  // ruleid: dart-log-sensitive-data
  print('login $user $password');
  // ok: dart-log-sensitive-data
  print('login $user');
}
