"""Self-check of the gold_k annotations (does not import newsclaims): ids, lengths, keys and
figure texts verbatim in the passage, speakers listed in sources. Run: .venv/bin/python tests/gold_k/check_gold_k.py"""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
import yaml, glob, re, sys
def fold(s): return re.sub(r'\s+',' ',s)
bad=0; tot={}
for f in sorted(glob.glob(os.path.join(HERE, '*', '*.yaml'))):
    d=yaml.safe_load(open(f)); t=d['text']; stem=f.split('/')[-1][:-5]
    if d['id']!=stem: print(f,'id mismatch'); bad+=1
    if not (500<=len(t)<=2000): print(f,'len',len(t)); bad+=1
    ft=fold(t)
    def names(sp): return sp if isinstance(sp,list) else [sp]
    srcs=[tuple(names(s)) for s in d['sources']]
    for c in d['claims']:
        if fold(c['key']) not in ft: print(f,'KEY',c['key']); bad+=1
        if tuple(names(c['speaker'])) not in srcs: print(f,'speaker not in sources',c['speaker']); bad+=1
    for g in d.get('figures',[]):
        if fold(str(g['text'])) not in ft: print(f,'FIG',g['text']); bad+=1
        if tuple(names(g['speaker'])) not in srcs: print(f,'fig speaker not in sources',g['speaker']); bad+=1
        if not any(names(g['speaker'])==names(c['speaker']) for c in d['claims']): print(f,'fig speaker without claim'); bad+=1
        if ('value' in g) == ('value_low' in g): print(f,'value spec',g); bad+=1
    for s in d['sources']:
        if not any(names(s)==names(c['speaker']) for c in d['claims']): print(f,'source without claim',s); bad+=1
    if len(set(srcs))!=len(srcs): print(f,'dup sources'); bad+=1
    l=d['language']; a=tot.setdefault(l,[0,0,0,0]); a[0]+=1; a[1]+=len(d['claims']); a[2]+=len(d.get('figures',[])); a[3]+=len(d['sources'])
print('bad',bad, {k:dict(zip(['passages','claims','figures','sources'],v)) for k,v in tot.items()})
ids=[yaml.safe_load(open(f))['id'] for f in glob.glob(os.path.join(HERE, '*', '*.yaml'))]
assert len(ids)==len(set(ids))
