# Commit the tree, then change the work tree: --rev HEAD must show the
# committed content, not the edit.
set -e
git init -q .
git add -A
git -c user.name=fluxc -c user.email=fluxc@example.invalid commit -q -m first
sed -i 's/app: a/app: edited-in-work-tree/' apps/a/cm.yaml
rm clusters/prod/sync.yaml
