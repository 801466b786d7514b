"""The Korean catalogue (한국어): one module per page, merged by `i18n.catalogue`."""
