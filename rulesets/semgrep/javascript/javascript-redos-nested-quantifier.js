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
// {0,1} is ? and {1,} is + written with braces
// ruleid: javascript-redos-nested-quantifier
const SLUG = /^([a-z0-9]+[-]{0,1}){1,100}$/;
// ruleid: javascript-redos-nested-quantifier
const CODES = new RegExp("^([A-Z]{1,}[0-9]?)+$");
// a bounded repeat of bounded parts
// ok: javascript-redos-nested-quantifier
const IPV4 = /^([0-9]{1,3}\.){3}[0-9]{1,3}$/;
