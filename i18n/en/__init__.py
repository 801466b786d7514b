"""The English catalogue: one module per page, merged by `i18n.catalogue`."""
