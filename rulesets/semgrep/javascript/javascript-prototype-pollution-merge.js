// A deep merge that walks every key of the source, including "__proto__" and "constructor".
function deepMerge(target, source) {
  for (const key in source) {
    if (typeof source[key] === "object" && source[key] !== null) {
      if (!target[key]) target[key] = {};
      // ruleid: javascript-prototype-pollution-merge
      deepMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

const mergeSettings = (dst, src) => {
  for (let name in src) {
    if (src[name] && typeof src[name] === "object") {
      dst[name] = dst[name] || {};
      // ruleid: javascript-prototype-pollution-merge
      mergeSettings(dst[name], src[name]);
    } else {
      dst[name] = src[name];
    }
  }
  return dst;
};

// The same merge with the dangerous keys skipped.
function safeMerge(target, source) {
  for (const key in source) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    if (typeof source[key] === "object" && source[key] !== null) {
      if (!target[key]) target[key] = {};
      // ok: javascript-prototype-pollution-merge
      safeMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

// Only the object's own keys are walked, and the targets have no prototype.
function ownMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (typeof source[key] === "object" && source[key] !== null) {
      if (!target[key]) target[key] = Object.create(null);
      // ok: javascript-prototype-pollution-merge
      ownMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

// A recursive walk that only reads.
function countLeaves(tree) {
  let n = 0;
  for (const key in tree) {
    // ok: javascript-prototype-pollution-merge
    n += typeof tree[key] === "object" ? countLeaves(tree[key]) : 1;
  }
  return n;
}
