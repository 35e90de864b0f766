"""Write a copy of each notebook, next to it, as `_nbval_NAME.ipynb` with its code cells numbered, and print the copies' paths.

nbval compares a cell's outputs only when the reference cell has an execution count, and `nbdev_clean` strips
those counts from the committed notebooks; the copies put them back so that every output is compared strictly.
nbdev skips files whose names start with an underscore, and .gitignore ignores these copies."""
import sys, json
from pathlib import Path

for name in sys.argv[1:]:
    src = Path(name)
    nb = json.loads(src.read_text())
    count = 0
    for cell in nb['cells']:
        if cell['cell_type'] != 'code': continue
        count += 1
        cell['execution_count'] = count
        for out in cell.get('outputs', []):
            if out.get('output_type') == 'execute_result': out['execution_count'] = count
    dst = src.with_name(f'_nbval_{src.name}')
    dst.write_text(json.dumps(nb, indent=1, ensure_ascii=False))
    print(dst)
