/** Escaping for GitHub workflow commands and XML. */
import { describe, expect, it } from 'vitest';

import { escapeData, escapeProperty } from '../../src/formatters/github.js';
import { xmlAttribute, xmlText } from '../../src/formatters/xml.js';

describe('github escaping', () => {
  it.each([
    { input: 'plain text', data: 'plain text', property: 'plain text' },
    { input: '100%', data: '100%25', property: '100%25' },
    { input: '%0A is not a line break', data: '%250A is not a line break', property: '%250A is not a line break' },
    { input: 'one\ntwo\r\nthree', data: 'one%0Atwo%0D%0Athree', property: 'one%0Atwo%0D%0Athree' },
    { input: 'a: b, c', data: 'a: b, c', property: 'a%3A b%2C c' },
    { input: '::error::', data: '::error::', property: '%3A%3Aerror%3A%3A' },
  ])('escapes $input', ({ input, data, property }) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });
});

describe('xml escaping', () => {
  it.each([
    { input: 'a < b && c > d', text: 'a &lt; b &amp;&amp; c &gt; d', attribute: 'a &lt; b &amp;&amp; c &gt; d' },
    { input: 'say "hi"', text: 'say "hi"', attribute: 'say &quot;hi&quot;' },
    { input: 'line\nbreak\ttab', text: 'line\nbreak\ttab', attribute: 'line&#10;break&#9;tab' },
    { input: 'cr\r', text: 'cr&#13;', attribute: 'cr&#13;' },
    { input: 'bell\u0007 nul\u0000', text: 'bell\uFFFD nul\uFFFD', attribute: 'bell\uFFFD nul\uFFFD' },
    { input: 'half \uD800 pair \uD83D\uDE00', text: 'half \uFFFD pair \uD83D\uDE00', attribute: 'half \uFFFD pair \uD83D\uDE00' },
    { input: ']]>', text: ']]&gt;', attribute: ']]&gt;' },
  ])('escapes $input', ({ input, text, attribute }) => {
    expect(xmlText(input)).toBe(text);
    expect(xmlAttribute(input)).toBe(attribute);
  });
});
