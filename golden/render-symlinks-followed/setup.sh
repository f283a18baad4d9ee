# Symlinks are made here rather than stored in the case: a Flux source
# artifact has none, so fluxc drops them unless --follow-symlinks.
ln -s ../../shared/extra.yaml apps/app/extra.yaml &&
ln -s ../../shared/more apps/app/more
