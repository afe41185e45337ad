angular.module("loans", []).config([
  "$sceProvider",
  function ($sceProvider) {
    // ruleid: javascript-angularjs-sce-disabled
    $sceProvider.enabled(false);
  },
]);

angular.module("cabinet", []).config(($sceProvider) => {
  // ok: javascript-angularjs-sce-disabled
  $sceProvider.enabled(true);
});

function config(sceProvider) {
  // ruleid: javascript-angularjs-sce-disabled
  sceProvider.enabled(false);
}

// ok: javascript-angularjs-sce-disabled
featureFlags.enabled(false);
