<?php
/** Sets a site option. Arguments: name, value. */
[$name, $value] = $args;
update_option($name, $value);
echo json_encode([$name => get_option($name)]);
