"""The pytest glue: options, configure, parametrisation, fixtures and the sub-plugins (``hooks/``).

``core`` holds the core hooks and fixtures (the entry module ``pytest_audiotrust.plugin`` exposes them),
``parametrize`` reads the fixture table at collection, ``session`` the settings and marker rules,
``hookspecs`` the plugin's own hooks, ``hooks/`` one sub-plugin per area. The top layer: nothing below imports it.
"""
