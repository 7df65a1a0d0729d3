-- Schema 9: the GPU counts per node a module accelerator is sold in, as its vendor publishes them
-- ("4, 8" for an HGX board that comes as 4-GPU and 8-GPU; "8" for an 8-OAM platform); NULL = a card
-- sold one by one, any count. The sweep only offers nodes that can be bought.
ALTER TABLE gpus ADD COLUMN board_gpus TEXT;
