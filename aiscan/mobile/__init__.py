"""Mobile app configuration and protection checks (p23, p25): Android manifests, network
security configs and Gradle build files, iOS property lists and Xcode projects, React Native,
Flutter and Capacitor projects. Pure parsers: nothing of the scanned project is run or built."""
