import sys, html
src, out = sys.argv[1], sys.argv[2]
lines = open(src, encoding='utf-8').read().split('\n')
plain = not any('\t' in l for l in lines)  # no tab rows: the lines as printed, spaces kept
o = ['<html><head><meta charset="utf-8"><style>body{font-family:"Noto Sans CJK SC",sans-serif;font-size:12pt} table{border-collapse:collapse} td{border:1px solid #000;padding:2px 4px}</style></head><body>']
i = 0
while i < len(lines):
    l = lines[i]
    if '\t' in l:
        o.append('<table>')
        while i < len(lines) and '\t' in lines[i]:
            if not lines[i].startswith('-'):
                o.append('<tr>' + ''.join('<td>%s</td>' % html.escape(c) for c in lines[i].split('\t')) + '</tr>')
            i += 1
        o.append('</table>')
        continue
    s = l.strip()
    if s.startswith('#'):
        n = len(s) - len(s.lstrip('#'))
        o.append('<h%d>%s</h%d>' % (min(n, 4), html.escape(s.lstrip('#').strip().replace('*', '')), min(n, 4)))
    elif s and plain:
        o.append('<p style="white-space:pre-wrap;margin:0">%s</p>' % html.escape(l.replace('*', '')))
    elif s:
        o.append('<p>%s</p>' % html.escape(s.replace('*', '')))
    i += 1
o.append('</body></html>')
open(out, 'w', encoding='utf-8').write('\n'.join(o))
