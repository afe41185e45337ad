// ruleid: javascript-redos-nested-quantifier
const EMAIL = /^([a-zA-Z0-9_.+-]+)+@example\.kz$/;
// ruleid: javascript-redos-nested-quantifier
const WORDS = new RegExp("^(\\w+\\s?)*$");
// ok: javascript-redos-nested-quantifier
const IIN = /^\d{12}$/;
// ok: javascript-redos-nested-quantifier
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
// ok: javascript-redos-nested-quantifier
const PHONE = new RegExp("^\\+7(\\d{3})\\d{7}$");
