import { Component } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import DOMPurify from 'dompurify';

@Component({ selector: 'app-notice', template: '<div [innerHTML]="notice"></div>' })
export class NoticeComponent {
  notice: SafeHtml;
  icon: SafeHtml;
  clean: SafeHtml;

  constructor(route: ActivatedRoute, sanitizer: DomSanitizer) {
    const text = route.snapshot.queryParamMap.get('msg') ?? '';
    // ruleid: javascript-template-autoescape-disabled
    this.notice = sanitizer.bypassSecurityTrustHtml(text);
    // ok: javascript-template-autoescape-disabled
    this.icon = sanitizer.bypassSecurityTrustHtml('<svg viewBox="0 0 8 8"></svg>');
    // ok: javascript-template-autoescape-disabled
    this.clean = sanitizer.bypassSecurityTrustHtml(DOMPurify.sanitize(text));
  }
}
